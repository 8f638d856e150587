"""Bundled demo data for Linimasa (a fictional, Indonesian-language news corpus)."""
