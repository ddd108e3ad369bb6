"""Units of measurement, currencies and rates, with one canonical name each.

A figure's unit is written the way it reads after a plural number ("miles",
"degrees Celsius", "years old"), so that notes and ids read naturally
("f-252-miles"); currencies are ISO 4217 codes ("USD"); percentages are
"percent". Every spelling of a unit maps to its one canonical name, so that
"29km" and "29 kilometers" compare equal in the figure ledger.

Tables are text: one unit per line, `canonical: spelling | spelling | ...`.
Spellings are matched case-insensitively, except those marked `=`, which are
case-sensitive abbreviations ("GB" is gigabytes, "gb" is not, unless glued to
the digits: `GLUED_UNITS`). An abbreviation is also listed in capitals where
text in capitals writes it so and the capitals are no common name ("500 MG",
"10 FT", "5000 MAH"; not "HR", "PC", "SEC", "BP", "CT", "ATM").
"""

from __future__ import annotations

import re

from .numbers import trie_pattern

MEASURES = """
percent: percent | percents | per cent | per cents | percentage | pct | =pc | =%
percentage points: percentage points | percentage point | pct points | pct point | =ppts | =pp
basis points: basis points | basis point | =bps | =bp
millimetres: millimetre | millimetres | millimeter | millimeters | =mm | =MM
decimetres: decimetre | decimetres | decimeter | decimeters | =dm
centimetres: centimetre | centimetres | centimeter | centimeters | =cm
metres: metre | metres | meter | meters | =m
kilometres: kilometre | kilometres | kilometer | kilometers | =km | =kms | =Km | =KM | =Kms
micrometres: micrometre | micrometres | micrometer | micrometers | micron | microns | =μm | =µm
nanometres: nanometre | nanometres | nanometer | nanometers | =nm
picometres: picometre | picometres | picometer | picometers
inches: inch | inches | =″
feet: foot | feet | =ft | =′ | =Ft | =FT
yards: yard | yards | =yd | =yds | =YD | =YDS
miles: mile | miles | =mi
nautical miles: nautical mile | nautical miles | =nmi
furlongs: furlong | furlongs
fathoms: fathom | fathoms
parsecs: parsec | parsecs
light-years: light year | light years | light-year | light-years
square metres: square metre | square metres | square meter | square meters | sq m | =m2 | =m²
square kilometres: square kilometre | square kilometres | square kilometer | square kilometers | sq km | =km2 | =km² | km squared | =km^2
square feet: square foot | square feet | sq ft | sq. ft. | sq feet | =ft2 | =ft²
square inches: square inch | square inches | sq in
square yards: square yard | square yards | sq yd | sq yards
square centimetres: square centimetre | square centimetres | square centimeter | square centimeters | =cm2 | =cm²
square miles: square mile | square miles | sq mi | sq miles | =mi2 | =mi²
acres: acre | acres
hectares: hectare | hectares | =ha
litres: litre | litres | liter | liters | =L | =l
millilitres: millilitre | millilitres | milliliter | milliliters | =ml | =mL | =ML
gallons: gallon | gallons | =gal | =GAL
barrels: barrel | barrels | =bbl | =BBL
barrels per day: =bpd | =BPD | =b/d
cubic metres: cubic metre | cubic metres | cubic meter | cubic meters | =m3 | =m³
cubic feet: cubic foot | cubic feet | cu ft | =ft3 | =ft³
billion cubic feet: =bcf | =Bcf | =BCF
cubic inches: cubic inch | cubic inches | cu in
cubic yards: cubic yard | cubic yards | cu yd
cubic centimetres: cubic centimetre | cubic centimetres | cubic centimeter | cubic centimeters | =cc | =cm3 | =cm³ | =CC
cubic kilometres: cubic kilometre | cubic kilometres | cubic kilometer | cubic kilometers | =km3 | =km³
bushels: bushel | bushels | =bu
quarts: quart | quarts | =qt
fluid ounces: fluid ounce | fluid ounces | fl oz | =fl. oz.
centilitres: centilitre | centilitres | centiliter | centiliters | =cl | =cL
decilitres: decilitre | decilitres | deciliter | deciliters | =dl | =dL
hectolitres: hectolitre | hectolitres | hectoliter | hectoliters | =hl
cups: cup | cups
tablespoons: tablespoon | tablespoons | =tbsp | =TBSP
teaspoons: teaspoon | teaspoons | =tsp | =TSP
pints: pint | pints
drams: dram | drams
milligrams: milligram | milligrams | =mg | =MG
millimoles per litre: millimoles per litre | millimoles per liter | =mmol/L | =mmol/l
milligrams per decilitre: milligrams per decilitre | milligrams per deciliter | =mg/dL | =mg/dl
micrograms: microgram | micrograms | =μg | =µg | =mcg | =MCG
grams: gram | grams | gramme | grammes | =g
kilograms: kilogram | kilograms | kilo | kilos | =kg | =kgs | =KG | =Kg | =Kgs
tonnes: tonne | tonnes | metric ton | metric tons | =MT
tonnes per day: =tpd | =TPD
tons: ton | tons
pounds: lb | lbs
ounces: ounce | ounces | =oz | =Oz | =OZ
stones: stone | =st
carats: carat | carats | =ct
nanograms: nanogram | nanograms | =ng
nanoseconds: nanosecond | nanoseconds | =ns
microseconds: microsecond | microseconds | =μs | =µs
milliseconds: millisecond | milliseconds | =ms
seconds: second | seconds | =sec | =secs | =SECS
minutes: minute | minutes | =min | =mins | =MINS
hours: hour | hours | =hr | =hrs | =h | =HRS
days: day | days
weeks: week | weeks | =wk | =wks
months: month | months | =mth | =mths | =mos
years: year | years | =yr | =yrs | =YRS
decades: decade | decades
centuries: century | centuries
miles per hour: mile per hour | miles per hour | mile an hour | miles an hour | mph | m.p.h.
kilometres per hour: kilometre per hour | kilometres per hour | kilometer per hour | kilometers per hour | kilometres an hour | kilometers an hour | km an hour | km per hour | km/h | km/hr | kmh | kmph | kph | km/hour
metres per second: metre per second | metres per second | meter per second | meters per second | m/s | m/sec
metres per second squared: metres per second squared | meters per second squared | =m/s² | =m/s2 | =m/s^2
feet per second: foot per second | feet per second | =ft/s
knots: knot | knots | =kts
degrees Celsius: degree celsius | degrees celsius | degrees centigrade | degree centigrade | degrees c | degree c | deg celsius | deg c | celsius | centigrade | =°C | =° C | =ºC | =C
degrees Fahrenheit: degree fahrenheit | degrees fahrenheit | degrees f | degree f | deg fahrenheit | deg f | fahrenheit | =°F | =° F | =ºF | =F
radians: radian | radians | =rad
degrees: degree | degrees | =°
kelvin: kelvin | kelvins
watts: watt | watts | =W
kilowatts: kilowatt | kilowatts | =kW | =KW | =kw
megawatts: megawatt | megawatts | =MW
gigawatts: gigawatt | gigawatts | =GW
watt-hours: watt-hour | watt-hours | watt hour | watt hours | =Wh
kilowatt-hours: kilowatt-hour | kilowatt-hours | kilowatt hour | kilowatt hours | =kWh | =KWH
megawatt-hours: megawatt-hour | megawatt-hours | megawatt hour | megawatt hours | =MWh
gigawatt-hours: gigawatt-hour | gigawatt-hours | gigawatt hour | gigawatt hours | =GWh
terawatt-hours: terawatt-hour | terawatt-hours | terawatt hour | terawatt hours | =TWh
horsepower: horsepower | horse power | =hp | =HP
brake horsepower: brake horsepower | =bhp | =BHP
pound-feet: pound-feet | pound-foot | pound feet | lb-ft | lbs-ft | lb ft | lb.-ft.
foot-pounds: foot-pounds | foot-pound | foot pounds | ft-lb | ft-lbs | ft lb | ft lbs | ft.-lbs.
volts: volt | volts | =V
ohms: ohm | ohms | =Ω
ampere-hours: ampere-hour | ampere-hours | amp-hours | amp hours | =Ah
milliampere-hours: milliamp hours | milliampere-hours | =mAh | =MAH
calories: calorie | calories | =cal
British thermal units: british thermal unit | british thermal units | =BTU | =Btu | =btu
million British thermal units: =mmBtu | =mmBTU | =MMBtu | =MMBTU | =mmbtu
therms: therm | therms
kilocalories: kilocalorie | kilocalories | =kcal | =KCAL
bits: bit | bits
bytes: byte | bytes
kilobits: kilobit | kilobits | =kbit
megabits: megabit | megabits | =Mb | =Mbit
gigabits: gigabit | gigabits | =Gb | =Gbit
kilobytes: kilobyte | kilobytes | =KB | =kB
megabytes: megabyte | megabytes | =MB
gigabytes: gigabyte | gigabytes | =GB
terabytes: terabyte | terabytes | =TB
petabytes: petabyte | petabytes | =PB
exabytes: exabyte | exabytes | =EB
kilobits per second: kilobits per second | =kbps | =Kbps | =kb/s
megabits per second: megabits per second | =Mbps | =Mb/s
gigabits per second: gigabits per second | =Gbps | =Gb/s
megapixels: megapixel | megapixels | =MP
hertz: hertz | =Hz | =HZ
kilohertz: kilohertz | =kHz
megahertz: megahertz | =MHz
gigahertz: gigahertz | =GHz
revolutions per minute: revolutions per minute | =rpm | =RPM
beats per minute: beats per minute | =bpm | =BPM
frames per second: frames per second | =fps | =FPS
pounds per square inch: pounds per square inch | =psi | =PSI
kilopounds per square inch: kilopounds per square inch | =ksi | =KSI
pascals: pascal | pascals | =Pa
kilopascals: kilopascal | kilopascals | =kPa
megapascals: megapascal | megapascals | =MPa
gigapascals: gigapascal | gigapascals | =GPa
atmospheres: atmosphere | atmospheres | =atm
millibars: millibar | millibars | =mbar | =MBAR
hectopascals: hectopascal | hectopascals | =hPa
millimetres of mercury: millimetre of mercury | millimetres of mercury | millimeter of mercury | millimeters of mercury | =mmHg | =mm Hg
newtons: newton | newtons
kilonewtons: kilonewton | kilonewtons | =kN
newton-metres: newton-metre | newton-metres | newton metres | =Nm
joules: joule | joules | =J
kilojoules: kilojoule | kilojoules | =kJ
megajoules: megajoule | megajoules | =MJ
electronvolts: electronvolt | electronvolts | electron volts | =eV | =keV | =MeV | =GeV
amperes: ampere | amperes | amp | amps
milliamperes: milliampere | milliamperes | milliamp | milliamps | =mA
kilovolts: kilovolt | kilovolts | =kV
terawatts: terawatt | terawatts | =TW
frames per second: frames per second
dots per inch: dots per inch | =dpi
lumens: lumen | lumens | =lm
parts per million: parts per million | =ppm | =PPM
parts per billion: parts per billion | =ppb | =PPB
points per game: points per game | =ppg | =PPG
rebounds per game: rebounds per game | =rpg | =RPG
assists per game: assists per game | =apg | =APG
miles per gallon: miles per gallon | mile per gallon | =mpg | =MPG
decibels: decibel | decibels | =dB
nits: nit | nits
magnitude: magnitude | on the richter scale
gigatonnes: gigatonne | gigatonnes | gigaton | gigatons | =Gt
megatonnes: megatonne | megatonnes | megaton | megatons | =Mt
years old: years old | year old | year-old | year-olds | year olds | years-old | years of age | =yo | =y/o
months old: months old | month old | month-old | months-old
weeks old: weeks old | week old | week-old | weeks-old
days old: days old | day old | day-old | days-old
"""

# Currency names written after the number. "dollars" alone is USD: the
# outlets we publish are American and British, and their dollar is the US one.
# Wire services abbreviate it "dlrs" (and cents "cts", sterling "stg"); "ecus" are the
# European Currency Unit of before the euro.
CURRENCY_NAMES = """
USD: dollar | dollars | us dollar | us dollars | u.s. dollar | u.s. dollars | united states dollar | united states dollars | american dollars | bucks | dlr | dlrs | u.s. dlrs | us dlrs | =USD | =usd | =US$
AUD: australian dollar | australian dollars | australian dlr | australian dlrs | =AUD | =aud
CAD: canadian dollar | canadian dollars | canadian dlr | canadian dlrs | =CAD | =cad
HKD: hong kong dollar | hong kong dollars | hong kong dlr | hong kong dlrs | =HKD
NZD: new zealand dollar | new zealand dollars | n.z. dollars | n.z. dlrs | =NZD
SGD: singapore dollar | singapore dollars | singapore dlr | singapore dlrs | =SGD
TWD: taiwan dollars | new taiwan dollars | taiwan dlrs | =TWD
EUR: euro | euros | =EUR | =eur
XEU: ecu | ecus | european currency unit | european currency units | =ECU
GBP: pounds sterling | pound sterling | sterling | british pound | british pounds | quid | stg | =GBP | =gbp
JPY: yen | japanese yen | =JPY | =jpy
CNY: yuan | chinese yuan | renminbi | =CNY | =cny | =RMB | =rmb
INR: rupee | rupees | indian rupee | indian rupees | =INR | =Rs
PKR: pakistani rupee | pakistani rupees | =PKR
LKR: sri lankan rupee | sri lankan rupees | =LKR
NPR: nepalese rupee | nepalese rupees | =NPR
MYR: ringgit | =MYR
ILS: shekel | shekels | new shekels | =ILS | =NIS
KRW: korean won | south korean won | =KRW
RUB: rouble | roubles | ruble | rubles | =RUB
CHF: swiss franc | swiss francs | =CHF
SEK: swedish krona | swedish kronor | kronor | =SEK
NOK: norwegian krone | norwegian kroner | =NOK
DKK: danish krone | danish kroner | =DKK
ISK: icelandic krona | icelandic kronur | =ISK
PLN: zloty | zlotys | zlotych | =PLN
CZK: koruna | korunas | czech koruna | czech crowns | =CZK
HUF: forint | forints | =HUF
RON: leu | lei | romanian lei | =RON
BGN: leva | =BGN
UAH: hryvnia | hryvnias | hryvnas | =UAH
GEL: lari | laris | =GEL
HRK: kuna | kunas | croatian kuna | croatian kunas | =HRK
ZAR: rand | =ZAR
NGN: naira | =NGN
KES: kenyan shilling | kenyan shillings | =KES
UGX: ugandan shilling | ugandan shillings | =UGX
TZS: tanzanian shilling | tanzanian shillings | =TZS
GHS: cedi | cedis | =GHS
ETB: birr | =ETB
EGP: egyptian pound | egyptian pounds | =EGP
TRY: lira | liras | turkish lira | turkish liras | =TRY
BRL: reais | brazilian real | brazilian reais | =BRL
MXN: mexican peso | mexican pesos | =MXN
ARS: argentine peso | argentine pesos | argentinian pesos | =ARS
CLP: chilean peso | chilean pesos | =CLP
COP: colombian peso | colombian pesos | =COP
CRC: colones | costa rican colon | costa rican colones | colón | colónes | =CRC
THB: baht | =THB
IDR: rupiah | rupiahs | =IDR
PHP: philippine peso | philippine pesos
VND: dong | vietnamese dong | =VND
BDT: taka | =BDT
LAK: kip | =LAK
AED: dirham | dirhams | =AED
SAR: riyal | riyals | saudi riyal | saudi riyals | =SAR
QAR: qatari riyal | qatari riyals | =QAR
IRR: rial | rials | iranian rial | iranian rials | =IRR
KWD: kuwaiti dinar | kuwaiti dinars | =KWD
BTC: bitcoin | bitcoins | =BTC
ETH: ether | =ETH
ESP: peseta | pesetas
FRF: french franc | french francs
DEM: deutschmark | deutschmarks | deutsche mark | deutsche marks
ITL: italian lira | italian lire | lire
NLG: guilder | guilders | netherlands guilder | netherlands guilders
FIM: markka | markkaa | finnish markka
GRD: drachma | drachmas | drachmae
cents: cent | cents | euro cent | euro cents | canadian cents | canadian cts | australian cents | australian cts | =cts | =¢
pence: penny | pence | =p
sen: sen
pesos: peso | pesos
francs: franc | francs
dinars: dinar | dinars
shillings: shilling | shillings
kroner: krone | kroner
satoshis: satoshi | satoshis
"""

# Currency signs and codes written before the number ("US$5", "£2,000",
# "Rs 500"); the longer first, so that "HK$" wins over "$".
CURRENCY_PREFIXES = {
    "US$": "USD",
    "US $": "USD",
    "U.S.$": "USD",
    "USD": "USD",
    "usd": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "Can$": "CAD",
    "c $": "CAD",
    "c$": "CAD",
    "CAD": "CAD",
    "HK$": "HKD",
    # Written with a space, as some wires do ("HK $3 billion"); not "A $5
    # fee", where "A" is the article.
    "HK $": "HKD",
    "AU $": "AUD",
    "CA $": "CAD",
    "NZ $": "NZD",
    "NT $": "TWD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "mxn$": "MXN",
    "$": "USD",
    "£": "GBP",
    "GBP": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "EUR": "EUR",
    "¥": "JPY",
    "JPY": "JPY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "INR": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₭": "LAK",
    "₱": "PHP",
    "₪": "ILS",
    "RM": "MYR",
    "CHF": "CHF",
    "RMB": "CNY",
    "CNY": "CNY",
    "₿": "BTC",
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$C": "CAD",
    "$HK": "HKD",
    # Scraped text folded to ASCII (unidecode writes "£" as "PS", "¥" as "Y="):
    # "PS2.7m", "Y=28,030". "PS" is not money before a lone digit ("PS5").
    "PS": "GBP",
    "Y=": "JPY",
    **{
        code: code
        for code in """NOK SEK DKK ISK ZAR BRL MXN ARS CLP COP KRW TRY RUB SGD
       NZD HKD TWD AED SAR QAR NGN KES EGP PKR LKR THB IDR PHP VND BDT PLN CZK HUF
       RON UAH ILS""".split()
    },
    "NIS": "ILS",
}
# Prefixes that need more than a lone digit after them to be money.
WEAK_PREFIXES = frozenset({"PS"})
WEAK_AMOUNT_RE = re.compile(r"\d{2,}|\d[.,]\d|\d(?:bn|m|k)\b")
# Signs written after the number, as in much of Europe ("1,200€").
CURRENCY_SUFFIXES = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "₹": "INR"}

# Currency codes with a scale in them, as in business reports: "120 MEUR".
SCALED_CODES = {
    "MEUR": ("EUR", 1e6),
    "MUSD": ("USD", 1e6),
    "MGBP": ("GBP", 1e6),
    "MSEK": ("SEK", 1e6),
    "MNOK": ("NOK", 1e6),
    "MDKK": ("DKK", 1e6),
    "BEUR": ("EUR", 1e9),
    "kEUR": ("EUR", 1e3),
    "KEUR": ("EUR", 1e3),
    "kUSD": ("USD", 1e3),
    "TEUR": ("EUR", 1e3),
}

# Scale words written glued to digits or after them ("$1.2bn", "25k").
SCALE_SUFFIXES = {
    "k": 1e3,
    "K": 1e3,
    "bn": 1e9,
    "bln": 1e9,
    "bil": 1e9,
    "b": 1e9,
    "B": 1e9,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "tn": 1e12,
    "trn": 1e12,
    "M": 1e6,
}
# Only after a currency: "$100m" is money, "100m" is a distance ("3.2M users"
# is a count: a capital M is no metre).
CURRENCY_SCALE_SUFFIXES = {"m": 1e6, "MM": 1e6, "T": 1e12}

# Abbreviations read in any case, but only glued to the digits ("256gb",
# "5ghz", "48mp"): after a space "gb" and "mp" may be other words.
GLUED_UNITS = {
    "kb": "kilobytes",
    "mb": "megabytes",
    "gb": "gigabytes",
    "tb": "terabytes",
    "khz": "kilohertz",
    "mhz": "megahertz",
    "ghz": "gigahertz",
    "mp": "megapixels",
    "kwh": "kilowatt-hours",
    "mah": "milliampere-hours",
}
GLUED_UNIT_RE = re.compile(
    rf"(?i:{'|'.join(sorted(GLUED_UNITS, key=len, reverse=True))})(?![A-Za-z0-9])"
)
# A multiplier glued to the digits: "2x zoom", "1.5x faster", "100X".
TIMES_AFTER_RE = re.compile(r"[xX×](?![A-Za-z0-9])")

# Time rates: "3,000 migrants a day", "daily arrests".
RATES = {
    "a day": "day",
    "per day": "day",
    "each day": "day",
    "every day": "day",
    "daily": "day",
    "a week": "week",
    "per week": "week",
    "each week": "week",
    "every week": "week",
    "weekly": "week",
    "a month": "month",
    "per month": "month",
    "each month": "month",
    "every month": "month",
    "monthly": "month",
    "a year": "year",
    "per year": "year",
    "each year": "year",
    "every year": "year",
    "per annum": "year",
    "annually": "year",
    "an hour": "hour",
    "per hour": "hour",
    "each hour": "hour",
    "every hour": "hour",
    "hourly": "hour",
    "a night": "night",
    "per night": "night",
    "a quarter": "quarter",
    "per quarter": "quarter",
    "each quarter": "quarter",
    "every quarter": "quarter",
    "quarterly": "quarter",
}
# Rate words written before the counted noun: "daily arrests", "annual salary".
RATE_ADJECTIVES = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "annual": "year",
    "yearly": "year",
    "hourly": "hour",
    "quarterly": "quarter",
}


def _table(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """Parse a unit table into (lower-case spellings, exact spellings)."""
    words: dict[str, str] = {}
    exact: dict[str, str] = {}
    for line in text.strip().splitlines():
        canonical, _, spellings = line.partition(": ")
        for spelling in spellings.split(" | "):
            if spelling.startswith("="):
                exact[spelling[1:]] = canonical
            else:
                words[spelling] = canonical
    return words, exact


MEASURE_WORDS, MEASURE_EXACT = _table(MEASURES)
CURRENCY_WORDS, CURRENCY_EXACT = _table(CURRENCY_NAMES)
UNIT_WORDS = {**MEASURE_WORDS, **CURRENCY_WORDS}
UNIT_EXACT = {
    **MEASURE_EXACT,
    **CURRENCY_EXACT,
    **{code: currency for code, (currency, _) in SCALED_CODES.items()},
}
CURRENCIES = frozenset(CURRENCY_WORDS.values()) | frozenset(CURRENCY_PREFIXES.values())
MEASURE_UNITS = frozenset(MEASURE_WORDS.values()) | frozenset(MEASURE_EXACT.values())
"""Every canonical unit of measurement (not currencies, not counted nouns)."""
CANONICAL_UNITS = MEASURE_UNITS | CURRENCIES


def _alternation(spellings: list[str]) -> str:
    return "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True))


# A unit right after a number: glued ("29km"), after a space ("29 km") or a
# hyphen ("a 10-gallon cooler"). It must end the word: "5G" and "3D" are names.
# The spellings as tries (longest first, as an alternation sorted by length
# would be): hundreds of spellings are tried after every number.
UNIT_RE = re.compile(
    rf"(?P<sep>[ ]?-[ ]?|[ ]|)(?P<unit>(?i:{trie_pattern(list(UNIT_WORDS))})"
    rf"|{trie_pattern(list(UNIT_EXACT))})(?![A-Za-z0-9²³])"
)
# A unit of several words written as one hyphenated adjective with its
# number: "a 25-basis-point cut", "a 10-percentage-point lead", "a
# 2,000-square-foot home" (UNIT_RE would stop at "10-percentage"), also
# after a space, "a 25 basis-point cut".
HYPHENED_UNIT_RE = re.compile(
    r"[- ](?P<unit>(?i:"
    + trie_pattern([w.replace(" ", "-") for w in UNIT_WORDS if " " in w])
    + r"))(?![A-Za-z0-9²³-])"
)
# Units written before their number: "a magnitude 7.8 earthquake", "an
# earthquake of magnitude 5.2" (`attachers.unit_before`).
UNITS_BEFORE = {"magnitude": "magnitude"}
UNIT_BEFORE_RE = re.compile(rf"\b(?P<unit>(?i:{'|'.join(UNITS_BEFORE)}))[ ]$")
PREFIX_RE = re.compile(
    rf"(?<![A-Za-z])(?:{_alternation(list(CURRENCY_PREFIXES))})[ ]?$"
)
SIGN_AFTER_RE = re.compile(r"[ ]?[€£$¥₹](?![\w$])")
# A currency sign starting at a position: the high end of "$350 to $680".
SIGN_AT_RE = re.compile(
    rf"(?:{_alternation([p for p in CURRENCY_PREFIXES if not p.isalpha()])})[ ]?"
)
# Single letters only glued to the digits ("25k", "3.2M"; "5 m" is metres),
# but a thousand also after a space or two ("2.33 k", "10  k"), and a capital
# M or B after one space (`SPACED_LETTER_SCALE`: "1.1 M phones").
SUFFIX_RE = re.compile(
    r"(?:[ ]{0,2}(?:(?i:bn|bln|bil|mn|mln|mil|tn|trn)|k|K)|(?:MM|[bBmMT])|[ ][MB])"
    r"(?![A-Za-z0-9])"
)
# After a space, a capital "M" or "B" is a scale only when a word in lower
# case, a stop or the end follows ("1.1 M phones", "$3 B"). After a whole
# number without a currency, not before a full stop that may end an initial
# ("won 6 M. Smith"), nor after a name or label word ("Grade 4 B").
SPACED_LETTER_SCALE_RE = re.compile(r"[ ][MB](?:[ ]+[a-z]|[ ]*[.,;:!?)]|$)")
WHOLE_SPACED_LETTER_SCALE_RE = re.compile(r"[ ][MB](?:[ ]+[a-z]|[ ]*[,;:!?)]|\.?$)")
# "a year earlier" and "a day later" are times, not rates.
RATE_RE = re.compile(
    rf"[ ](?:{_alternation(list(RATES))})\b(?![ ](?:earlier|later|ago|before|after))",
    re.IGNORECASE,
)


def unit_of(spelling: str) -> str | None:
    """Return the canonical name of a unit spelling, or None."""
    return UNIT_EXACT.get(spelling) or UNIT_WORDS.get(spelling.lower())


def suffix_scale(spelling: str, currency: bool) -> float | None:
    """Return the multiplier of a scale suffix ("bn", "k", "m" after money)."""
    spelling = spelling.strip()
    if spelling in SCALE_SUFFIXES:
        return SCALE_SUFFIXES[spelling]
    if len(spelling) > 1 and spelling.lower() in SCALE_SUFFIXES:
        return SCALE_SUFFIXES[spelling.lower()]  # "3 Bn", "5 MLN"
    if currency and spelling in CURRENCY_SCALE_SUFFIXES:
        return CURRENCY_SCALE_SUFFIXES[spelling]
    return None


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """Return (ISO code, start) of a currency sign or code just before `start`."""
    m = PREFIX_RE.search(text, max(0, start - 6), start)
    if not m:
        return None
    written = m.group().rstrip(" ")
    if written in WEAK_PREFIXES and not WEAK_AMOUNT_RE.match(text, start):
        return None  # "PS5" is a games console
    return CURRENCY_PREFIXES[written], m.start()
