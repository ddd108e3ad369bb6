"""Words for the people of a country or region ("British", "Chilean", "US").

A number before one of them counts people or things of that place ("500
British adults", "six US top 10 albums", "two Chileans"), never a name that
goes on from the number, as "787 Dreamliner" does. Written for this project:
the nationalities of the countries news names most often, the adjectives of
regions and blocs, and the abbreviations written as adjectives. A plural in
-s is looked up without it ("Chileans").
"""

from __future__ import annotations

DEMONYMS = frozenset(
    """
Afghan African Albanian Algerian American Angolan Arab Argentine Argentinian
Armenian Asian Australian Austrian Azerbaijani Bahraini Bangladeshi Belarusian
Belgian Bolivian Bosnian Brazilian British Bulgarian Burmese Cambodian
Cameroonian Canadian Catalan Chilean Chinese Colombian Congolese Croatian Cuban
Cypriot Czech Danish Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian
Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek
Guatemalan Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi
Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean
Kosovan Kurdish Kuwaiti Latin Latvian Lebanese Libyan Lithuanian Malaysian
Malian Maltese Mexican Moldovan Mongolian Moroccan Nepalese Nigerian Nigerien
Norwegian Pakistani Palestinian Panamanian Peruvian Polish Portuguese Qatari
Romanian Russian Rwandan Saudi Scottish Senegalese Serbian Singaporean Slovak
Slovenian Somali Soviet Spanish Sri Sudanese Swedish Swiss Syrian Taiwanese Tajik
Thai Tunisian Turkish Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese
Welsh Yemeni Zambian Zimbabwean
US UK EU UN UAE USA
""".split()
) | frozenset(
    # Nouns for a person of a place: "Dutchman Arnoud Okken", "two Britons".
    """
Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman
Irishwoman Scotsman Scotswoman Welshman Welshwoman Dutchmen Frenchmen Englishmen
Irishmen Scotsmen Welshmen Briton Brit Scot Swede Spaniard Kiwi Aussie
"""
    # the people of a US state or a city: "the Texan said", "Kentuckian Rand
    # Paul", "a Londoner"
    """
Texan Californian Floridian Ohioan Virginian Iowan Kentuckian Tennessean
Arizonan Coloradan Minnesotan Nevadan Pennsylvanian Missourian Louisianan
Alabamian Michigander Wisconsinite Bostonian Chicagoan Angeleno Brooklynite
Londoner Glaswegian Mancunian Liverpudlian Muscovite
""".split()
)


def is_demonym(word: str) -> bool:
    """Whether a capitalised word names the people of a place ("Chileans", "US")."""
    return word in DEMONYMS or (word.endswith("s") and word[:-1] in DEMONYMS)
