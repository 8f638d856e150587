"""Build ``lang/id/entity_places.json``: Indonesian names of countries, capitals and cities.

    PYTHONPATH=src python3 scripts/build_gazetteer.py

Country names come from CLDR through babel (``Locale("id").territories``), with
the short forms Indonesian newsrooms actually write ("Inggris" rather than
"Inggris Raya", "Palestina" rather than "Wilayah Palestina"). Capitals,
provinces and frequently reported world cities are listed below as facts.

Output shape::

    {"places": {"Qatar": {"kind": "country", "code": "QA"},
                "Doha": {"kind": "capital", "code": "QA"}, ...},
     "aliases": {"Jalur Gaza": "Gaza", "Tiongkok": "China", ...}}
"""

from __future__ import annotations

import json
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "linimasa" / "lang" / "id" / "entity_places.json"

# CLDR's long or bracketed forms -> the form used in running news text.
COUNTRY_RENAMES = {
    "GB": "Inggris",
    "PS": "Palestina",
    "CD": "Republik Demokratik Kongo",
    "CG": "Republik Kongo",
    "HK": "Hong Kong",
    "MO": "Makau",
    "MM": "Myanmar",
    "CI": "Pantai Gading",
    "CN": "China",
    "UN": None,  # an organisation, listed in entity_known.json
    "EZ": None,
    "QO": None,
    "001": None,  # "Dunia" is a common word
    "ZZ": None,
}

# Other names of the same place -> the canonical name above.
ALIASES = {
    "Inggris Raya": "Inggris",
    "Britania Raya": "Inggris",
    "Wilayah Palestina": "Palestina",
    "Tiongkok": "China",
    "Cina": "China",
    "Republik Rakyat Tiongkok": "China",
    "Amerika": "Amerika Serikat",
    "Korut": "Korea Utara",
    "Korsel": "Korea Selatan",
    "Jalur Gaza": "Gaza",
    "Kota Gaza": "Gaza",
    "Gaza City": "Gaza",
    "Yerussalem": "Yerusalem",
    "Jerusalem": "Yerusalem",
    "Al-Quds": "Yerusalem",
    "Tehran": "Teheran",
    "Kiev": "Kyiv",
    "Moscow": "Moskow",
    "Cairo": "Kairo",
    "Geneva": "Jenewa",
    "Khan Yunis": "Khan Younis",
    "Burma": "Myanmar",
    "Timor Timur": "Timor Leste",
    "Timor-Leste": "Timor Leste",
    "Turkiye": "Turki",
    "Türkiye": "Turki",
    "DKI Jakarta": "Jakarta",
    "Daerah Khusus Ibukota Jakarta": "Jakarta",
    "Yogya": "Yogyakarta",
    "Jogja": "Yogyakarta",
    "Jogjakarta": "Yogyakarta",
}

# ISO code -> capital as written in Indonesian (facts).
CAPITALS = {
    "AF": "Kabul", "AL": "Tirana", "DZ": "Aljir", "AO": "Luanda", "AR": "Buenos Aires", "AM": "Yerevan",
    "AU": "Canberra", "AT": "Wina", "AZ": "Baku", "BH": "Manama", "BD": "Dhaka", "BY": "Minsk",
    "BE": "Brussel", "BJ": "Porto-Novo", "BT": "Thimphu", "BO": "La Paz", "BA": "Sarajevo",
    "BW": "Gaborone", "BR": "Brasilia", "BN": "Bandar Seri Begawan", "BG": "Sofia", "BF": "Ouagadougou",
    "BI": "Gitega", "KH": "Phnom Penh", "CM": "Yaounde", "CA": "Ottawa", "CF": "Bangui", "TD": "N'Djamena",
    "CL": "Santiago", "CN": "Beijing", "CO": "Bogota", "CD": "Kinshasa", "CG": "Brazzaville",
    "CR": "San Jose", "HR": "Zagreb", "CU": "Havana", "CY": "Nikosia", "CZ": "Praha", "DK": "Kopenhagen",
    "DJ": "Djibouti", "DO": "Santo Domingo", "EC": "Quito", "EG": "Kairo", "SV": "San Salvador",
    "ER": "Asmara", "EE": "Tallinn", "ET": "Addis Ababa", "FJ": "Suva", "FI": "Helsinki", "FR": "Paris",
    "GA": "Libreville", "GE": "Tbilisi", "DE": "Berlin", "GH": "Accra", "GR": "Athena", "GT": "Guatemala City",
    "GN": "Conakry", "HT": "Port-au-Prince", "HN": "Tegucigalpa", "HU": "Budapest", "IS": "Reykjavik",
    "IN": "New Delhi", "ID": "Jakarta", "IR": "Teheran", "IQ": "Baghdad", "IE": "Dublin", "IL": "Yerusalem",
    "IT": "Roma", "JM": "Kingston", "JP": "Tokyo", "JO": "Amman", "KZ": "Astana", "KE": "Nairobi",
    "KP": "Pyongyang", "KR": "Seoul", "KW": "Kuwait City", "KG": "Bishkek", "LA": "Vientiane", "LV": "Riga",
    "LB": "Beirut", "LY": "Tripoli", "LT": "Vilnius", "LU": "Luksemburg", "MG": "Antananarivo",
    "MW": "Lilongwe", "MY": "Kuala Lumpur", "MV": "Male", "ML": "Bamako", "MT": "Valletta",
    "MR": "Nouakchott", "MX": "Mexico City", "MD": "Chisinau", "MN": "Ulaanbaatar", "ME": "Podgorica",
    "MA": "Rabat", "MZ": "Maputo", "MM": "Naypyidaw", "NA": "Windhoek", "NP": "Kathmandu",
    "NL": "Amsterdam", "NZ": "Wellington", "NI": "Managua", "NE": "Niamey", "NG": "Abuja", "MK": "Skopje",
    "NO": "Oslo", "OM": "Muskat", "PK": "Islamabad", "PA": "Panama City", "PG": "Port Moresby",
    "PY": "Asuncion", "PE": "Lima", "PH": "Manila", "PL": "Warsawa", "PT": "Lisbon", "QA": "Doha",
    "RO": "Bukares", "RU": "Moskow", "RW": "Kigali", "SA": "Riyadh", "SN": "Dakar", "RS": "Beograd",
    "SG": "Singapura", "SK": "Bratislava", "SI": "Ljubljana", "SO": "Mogadishu", "ZA": "Pretoria",
    "SS": "Juba", "ES": "Madrid", "LK": "Kolombo", "SD": "Khartoum", "SE": "Stockholm", "CH": "Bern",
    "SY": "Damaskus", "TW": "Taipei", "TJ": "Dushanbe", "TZ": "Dodoma", "TH": "Bangkok", "TL": "Dili",
    "TG": "Lome", "TN": "Tunis", "TR": "Ankara", "TM": "Ashgabat", "UG": "Kampala", "UA": "Kyiv",
    "AE": "Abu Dhabi", "GB": "London", "US": "Washington", "UY": "Montevideo", "UZ": "Tashkent",
    "VE": "Caracas", "VN": "Hanoi", "YE": "Sanaa", "ZM": "Lusaka", "ZW": "Harare", "PS": "Ramallah",
}

# Indonesian provinces (38, as of 2023).
PROVINCES = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
    "Bangka Belitung", "Bengkulu", "Lampung", "Banten", "Jawa Barat", "Jawa Tengah", "Jawa Timur",
    "Daerah Istimewa Yogyakarta", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat",
    "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
    "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat", "Maluku",
    "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah", "Papua Pegunungan",
    "Papua Selatan",
]

# Islands and regions that news reports as places.
REGIONS = [
    "Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Madura", "Lombok", "Flores", "Timor", "Borneo",
    "Timur Tengah", "Asia Tenggara", "Asia Timur", "Asia Selatan", "Asia Tengah", "Eropa Timur", "Eropa Barat",
    "Amerika Latin", "Afrika Utara", "Balkan", "Kaukasus", "Skandinavia", "Tepi Barat", "Dataran Tinggi Golan",
    "Sinai", "Semenanjung Korea", "Laut China Selatan", "Laut Merah", "Laut Mediterania", "Selat Hormuz",
    "Teluk Persia", "Krimea", "Donbas", "Kashmir", "Xinjiang", "Tibet", "Darfur", "Sahel",
]

# Indonesian cities and regencies that are often in the news.
INDONESIAN_CITIES = [
    "Jakarta", "Jakarta Pusat", "Jakarta Selatan", "Jakarta Utara", "Jakarta Barat", "Jakarta Timur",
    "Surabaya", "Bandung", "Medan", "Semarang", "Makassar", "Palembang", "Tangerang", "Tangerang Selatan",
    "Depok", "Bekasi", "Bogor", "Batam", "Pekanbaru", "Padang", "Malang", "Yogyakarta", "Solo", "Surakarta",
    "Denpasar", "Balikpapan", "Samarinda", "Pontianak", "Banjarmasin", "Manado", "Jayapura", "Kupang",
    "Mataram", "Ambon", "Jambi", "Bengkulu", "Palu", "Kendari", "Gorontalo", "Ternate", "Sorong", "Merauke",
    "Banda Aceh", "Lhokseumawe", "Cirebon", "Tasikmalaya", "Sukabumi", "Cianjur", "Garut", "Karawang",
    "Purwakarta", "Serang", "Cilegon", "Tegal", "Pekalongan", "Magelang", "Kudus", "Jepara", "Kediri",
    "Madiun", "Jember", "Banyuwangi", "Sidoarjo", "Gresik", "Mojokerto", "Probolinggo", "Pasuruan",
    "Blitar", "Tulungagung", "Bukittinggi", "Dumai", "Tanjungpinang", "Pangkalpinang", "Bandar Lampung",
    "Palangka Raya", "Tarakan", "Bitung", "Nusantara", "Labuan Bajo", "Mamuju", "Manokwari", "Nabire",
    "Wamena", "Timika", "Sleman", "Bantul", "Klaten", "Boyolali", "Sragen", "Cilacap", "Purwokerto",
    "Banyumas", "Majalengka", "Indramayu", "Subang", "Sumedang", "Kuningan", "Pandeglang", "Lebak",
]

# Frequently reported world cities (beyond capitals), in their Indonesian spelling.
WORLD_CITIES = [
    "Gaza", "Rafah", "Khan Younis", "Jabalia", "Deir al-Balah", "Nuseirat", "Beit Lahia", "Beit Hanoun",
    "Tel Aviv", "Haifa", "Eilat", "Ashkelon", "Sderot", "Jenin", "Nablus", "Hebron", "Betlehem", "Tulkarem",
    "Jeddah", "Mekah", "Madinah", "Dubai", "Istanbul", "Aleppo", "Idlib", "Homs", "Mosul", "Basra", "Erbil",
    "Sidon", "Tirus", "Hodeidah", "Aden", "Benghazi", "Alexandria", "Jenewa", "New York", "Los Angeles",
    "Chicago", "San Francisco", "Miami", "Houston", "Boston", "Seattle", "Las Vegas", "Toronto", "Vancouver",
    "Montreal", "Sydney", "Melbourne", "Perth", "Brisbane", "Darwin", "Auckland", "Shanghai", "Hong Kong",
    "Guangzhou", "Shenzhen", "Wuhan", "Osaka", "Kyoto", "Hiroshima", "Busan", "Mumbai", "Kolkata",
    "Chennai", "Bangalore", "Karachi", "Lahore", "Ho Chi Minh", "Kuala Lumpur", "Putrajaya", "Johor",
    "Johor Bahru", "Penang", "Sabah", "Sarawak", "Kota Kinabalu", "Davao", "Marawi", "Cebu", "Yangon",
    "Mandalay", "Davos", "Munich", "Muenchen", "Frankfurt", "Hamburg", "Milan", "Napoli", "Barcelona",
    "Manchester", "Liverpool", "Glasgow", "Edinburgh", "Den Haag", "Rotterdam", "Strasbourg", "Marseille",
    "Lyon", "Kharkiv", "Odesa", "Mariupol", "Bakhmut", "Zaporizhzhia", "Kherson", "Donetsk", "Luhansk",
    "Lviv", "St. Petersburg", "Sochi", "Minsk", "Sharm el-Sheikh", "Camp David", "Mar-a-Lago",
]


def build() -> dict:
    territories = Locale("id").territories
    places: dict[str, dict] = {}
    for code, name in territories.items():
        if code in COUNTRY_RENAMES:
            name = COUNTRY_RENAMES[code]
            if name is None:
                continue
        if "Bagian" in name or " - " in name:
            continue  # CLDR statistical regions ("Afrika Bagian Barat") are not news names
        kind = "region" if code.isdigit() else "country"
        places.setdefault(name, {"kind": kind, "code": code})
    for code, capital in CAPITALS.items():
        places.setdefault(capital, {"kind": "capital", "code": code})
    for name in PROVINCES:
        places.setdefault(name, {"kind": "province", "code": "ID"})
    for name in INDONESIAN_CITIES:
        places.setdefault(name, {"kind": "city", "code": "ID"})
    for name in WORLD_CITIES:
        places.setdefault(name, {"kind": "city"})
    for name in REGIONS:
        places.setdefault(name, {"kind": "region"})
    aliases = {alias: target for alias, target in ALIASES.items() if alias != target and target in places}
    for name, target in list(aliases.items()):
        places.pop(name, None)  # an alias is never also a canonical place
    return {"places": dict(sorted(places.items())), "aliases": dict(sorted(aliases.items()))}


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(data['places'])} places, {len(data['aliases'])} aliases -> {OUT}")


if __name__ == "__main__":
    main()
