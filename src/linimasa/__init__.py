"""Linimasa: follow a developing news story through Indonesian-language media.

The library core is ``linimasa.pipeline.extract`` (one document to one
``Article``); the command line (``linimasa.cli``) and the web layer are thin
wrappers around it.
"""

from .options import Options
from .records import Article, RawDocument

__version__ = "0.1.0"
__all__ = ["Article", "Options", "RawDocument", "__version__"]
