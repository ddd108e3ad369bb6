"""Grammatical gender of a person named in an article, for "he" and "she".

Only what the text itself shows is used: the first name looked up in a list
of common first names, else an honorific or a gendered title written with the
name anywhere in the article ("Mr. Lew", "Ms. Kline", "spokeswoman Abigail
Jackson"), as the entities annotator keeps it in the mention's title. The
first-name lists were written for this project (US usage, with names frequent
in political news), with the given names of many other languages in
`vocabulary/given_names.py`. Names used for both ("Jan", "Jordan", "Dana")
are in neither list: their gender stays unknown and a pronoun may match them.

gender-guesser was considered and not taken: it is GPL-3.0, takes 0.4 s to
load, and calls "Bernie" mostly female.
"""

from __future__ import annotations

import functools
import unicodedata

from .vocabulary import given_names
from .vocabulary.titles import GENDERED_TITLES

FEMALE_FIRST_NAMES = frozenset(
    """
abigail ada addison adriana aisha alexandra alexandria alexis alice alicia alison
allison alma amanda amber amelia amy ana andrea angela angelina anita ann anna
anne annette annie april ariana arianna ashley audrey ava ayanna barbara beatrice
becky belinda beth betsy betty beverly bianca bonnie brenda brianna bridget brittany
brooke camila candace candice cardi carla carly carmen carol caroline carolyn
cassandra catherine cathy cecilia celeste chelsea cheryl chloe christina christine
cindy claire clara claudia colleen connie constance courtney crystal cynthia daisy
dana danielle dawn debbie deborah debra deirdre delia denise diana diane dianne
dolores donna dora doris dorothy edith eileen elaine eleanor elena elise elisabeth
elizabeth ella ellen elsa emily emma erica erika erin esther eugenia eva evelyn
faith felicia fiona florence frances gabriela gabrielle gail gina gladys gloria
grace gretchen gwen hailey haley hannah harriet hayley heather heidi helen hillary
holly hope huma ilhan irene iris isabel isabella ivanka jackie jacqueline jane janet
janice jasmine jean jeanne jeannie jennifer jenny jessica jill joan joanna joanne
jocelyn josephine joy joyce judith judy julia julie june justine kamala karen karin
karina karoline kate katelyn katherine kathleen kathryn kathy katie katrina kay
kayla kayleigh keisha kelly kellyanne kendra kim kimberly kirsten kristen kristi
kristin kristina kristine kristy laura lauren laurie leah leila lena leslie
lily linda lindsay lisa liz liza lois loretta lori lorraine louise lucia
lucy lydia lynn mackenzie madeleine madeline madison mae maggie mallory mandy
marcia margaret maria mariah marie marilyn marion marjorie marsha martha mary
maureen maxine megan meghan megyn melania melanie melinda melissa mercedes meredith mia
michelle mildred mindy miranda molly monica nadia nancy naomi natalie natasha nia
nicole nikki nina nora norma olivia paige pam pamela patricia paula pauline peggy
penny phyllis pramila priscilla rachel rashida rebecca regina renee rita roberta
rosa rosalind rose rosemary roxanne ruth sabrina sally samantha sandra sara
sarah savannah serena shannon sharon sheila shelley sherry shirley sierra silvia
sofia sonia sophia sophie stacey stacy stephanie sue susan susanna suzanne sylvia
tammy tanya tara teresa terri tiffany tina tonya tracey tracy tricia tulsi val
valerie vanessa vera veronica vicki victoria virginia wanda wendy whitney yolanda
yvette yvonne zoe
adele agnes alana alyssa amelie ann-marie annabelle antoinette ariel arlene audra
bernadette betsy blanche brianne bridgette callie camille carole carrie cassidy
celia charlene charlotte cheri christa ciara clare colette consuelo cora corinne
dahlia daphne darla deanna deja delores desiree dolly dottie edna eliza
elle eloise emilia esmeralda estelle ethel eunice fatima flora francesca freda
geraldine gertrude giselle greta gwendolyn hattie hazel
helena henrietta hilda ida imani ingrid irma isla jada jeanette jenna jill jillian
jo joann jodi josie juanita judi julianne juliet kara kari kasey katharine
kathryn kathy katy kelsey kerry kristina lacey lana latoya laverne lea leanne
leigh lena leona lila lillian lorena lorna lottie louisa lucille luz lynda
mabel madeline maeve magdalena mamie marcy margarita margo marianne maribel
marina marisa marissa marlene martina maryann mattie maude maura mavis meg
melody meryl michele millie minnie miriam misty myra nadine nanette nellie
nettie noelle odessa olga opal paulette petra phoebe polly priya
rachael ramona raquel reba rebekah rhonda rosalie roseann rosemarie roxanne ruby
sadie salma sasha selena shana shauna sherri shonda sonja stella susie sybil
tabitha tamara tasha tessa thelma tonya trisha ursula velma vivian wilma
""".split()
)

MALE_FIRST_NAMES = frozenset(
    """
aaron abraham adam adrian ahmed al alan albert alberto alec alex alexander alfred
ali allen alvin andre andrew andy angus anthony antonio arnold arthur austin barack
barry ben benjamin bennie bernard bernie beto bill billy bob bobby brad bradley
brandon brendan brent brett brian bruce bryan byron calvin cameron carl carlos
chad charles charlie chris christopher chester chuck clarence clark claude clay clayton clifford clint
clyde cody colin conor corey cory craig curtis dale dan daniel danny darrell darren
dave david dennis derek devin dick dmitri don donald doug douglas duncan dustin
dwight earl ed eddie edgar eduardo edward edwin elijah elliot elon emmanuel enrique
eric erik ernest ethan eugene evan felix fernando floyd francis francisco frank
franklin fred frederick gabriel gary gavin gene geoffrey george gerald gilbert glenn
gordon grant greg gregory gus hakeem hal hank harold harry harvey hector henry
herbert herman howard hugh hunter ian isaac ivan jack jacob jake james jared
jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joe joel
john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith
ken kenneth kevin kirk kurt kyle lamar lance larry lawrence lee leon leonard leroy
lewis lindsey lloyd louis lucas luis luke malcolm manuel marco marcus mario mark
marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell
mitt mohammed morton muhammad nathan neil newt nicholas nick noah norman oliver omar orrin osama
oscar otto patrick paul pedro pete peter peyton phil philip phillip ralph ramon rand randy
raphael ray raymond reince reggie reginald rex ricardo richard rick ricky rob robby
robert roberto rod rodney roger roland ron ronald ronnie ross roy rudy russell ryan
sam samuel scott sean sergio seth shane shaun shawn sheldon sid simon syed stanley stephen
steve steven stuart ted terrence terry thad theodore thomas tim timothy todd tom
tommy tony travis trent trey troy tucker tyler vance vernon victor vincent vivek
wade walter warren wayne wesley will william willie xavier zachary
abdul ahmad alfonso alonzo alvaro ambrose amir andres angelo anton archie armando
arturo barney bart benito bert bobby boyd bradford brendon brock bruno bryant
buck buddy burt carmine cecil cedric chauncey chester clement cliff
cornelius cyrus damian damon darius darnell darryl
deandre demetrius denzel derrick desmond dewayne dexter diego dominic
donnie dwayne earnest eddy edmund efrain elias elliott elmer emil emilio emmett
ernesto ervin esteban ezra federico felipe fidel forrest freddie garrett gerardo
giovanni gilberto gonzalo guillermo gustavo hakim hamid hans hassan
heath herb hiram homer horace hugo humberto ignacio irving isaiah ismael jamal
jarrett jasper javon jerald jermaine jody joey johnnie jules julio kareem
kermit khalid kirby kris lamont laurence lenny leo leroy lester levi
lionel lonnie lorenzo lowell luciano lyle malik marc marcel marlon maxwell
melvin merle micah milo milton mitchel moe monte moses myron
nathaniel ned neal nigel noel norris olin orlando otis owen pablo
percy quentin quincy rafael raul reggie rene reuben rex rhett rigoberto
rocco roderick rodolfo rogelio rolando roman roosevelt rory rufus salvador
sammy santiago saul sebastian sidney solomon
stephan sylvester tad teddy terrell thaddeus tobias toby tomas
trevor tyrone ulysses valentin vaughn virgil walt wendell wilbur
wiley woodrow wyatt yusuf zane
""".split()
)


# Letters that Unicode does not decompose into a base letter and a mark.
UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ı": "i"}
)


def _fold(word: str) -> str:
    """Lower case without diacritics: "Siobhán" -> "siobhan", "Bjørn" -> "bjorn"."""
    key = word.lower()
    if key.isascii():
        return key
    decomposed = unicodedata.normalize("NFKD", key.translate(UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Both are asked of the same few thousand words in every article: cached.
@functools.lru_cache(maxsize=16384)
def first_name_gender(first: str) -> str | None:
    """'f', 'm' or None for a first name (in any of the lists).

    A double name takes the gender of its first part when every part is a
    given name ("Anne-Sophie", "Hans-Peter", "Jean-Marc").
    """
    gender = _one_name_gender(first)
    if gender is None and "-" in first:
        parts = first.split("-")
        if all(p and (_one_name_gender(p) or _either(p)) for p in parts):
            return _one_name_gender(parts[0])
    return gender


def _either(word: str) -> bool:
    return _fold(word) in given_names.EITHER


def _one_name_gender(first: str) -> str | None:
    key = first.lower()
    if key in FEMALE_FIRST_NAMES:
        return "f"
    if key in MALE_FIRST_NAMES:
        return "m"
    key = _fold(first)
    # "María", "José", "Héctor", "Zoë": the US lists' names written with
    # their accents
    if key in given_names.FEMALE or key in FEMALE_FIRST_NAMES:
        return "f"
    if key in given_names.MALE or key in MALE_FIRST_NAMES:
        return "m"
    return None


@functools.lru_cache(maxsize=16384)
def is_given_name(word: str) -> bool:
    """Whether a word can start a person's name.

    A known first name, one given to both sexes, a double name of known
    ones ("Jean-Marc"), or a family name written first ("Nguyen Thi Lan").
    """
    if first_name_gender(word):
        return True
    key = _fold(word)
    if key in given_names.EITHER or key in given_names.FAMILY_FIRST:
        return True
    # "Jo-Renee", "Jan-Willem": every part a given name, whatever its gender.
    return "-" in word and all(
        p and (_one_name_gender(p) or _either(p)) for p in word.split("-")
    )


def family_first(word: str) -> bool:
    """A family name of a language that writes it first ("Xi"), not a given name."""
    return _fold(word) in given_names.FAMILY_FIRST and not first_name_gender(word)


def title_gender(title: str | None) -> str | None:
    """'f' or 'm' when a title written before a name gives it ("Ms.", "spokesman")."""
    if not title:
        return None
    return GENDERED_TITLES.get(title.split()[-1].lower().rstrip("."))


def gender_of(name: str, marked: dict[str, str]) -> str | None:
    """Gender of a full or short name: its first name, else the article's marks.

    Args:
        name: the canonical name ("Abigail Jackson", "Lew").
        marked: surname -> gender from titles written in the article.
    """
    words = name.split()
    if not words:
        return None
    if len(words) > 1:
        return first_name_gender(words[0]) or marked.get(words[-1])
    return marked.get(words[-1]) or first_name_gender(words[0])
