"""Which figure rule decided each error on NewsQuant (`make eval`).

Every sentence is read with `explain_figures`, which says for each candidate
number the exclusion that ruled it out, or the attacher that gave the figure
its unit. Errors are sorted into three classes and counted by that rule:

- *wrong unit*: a figure with a gold quantity's value (both ends of a range)
  whose unit is not compatible; counted by the rule that gave the unit
  ("bare" when none did);
- *missed*: a gold quantity with no figure of its value; counted by the
  exclusion that ruled out a number of that value ("not read" when no
  candidate had it);
- *spurious*: a figure with no gold quantity of its value; counted by the
  rule that gave its unit ("bare" when none did).

Each gold quantity and each figure is used once: first the matches with a
compatible unit (as the F1 rows count them), then value-only pairs (wrong
unit), then the rest.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from annotated_news.annotators.figures import Decision, explain_figures
from annotated_news.annotators.numbers import CANDIDATE_RE, read_number
from annotated_news.annotators.units import CURRENCIES, MEASURE_UNITS
from annotated_news.model import Figure

from .figures import (
    CQE_NAMES,
    Gold,
    annotate_text,
    figure_matches,
    implicit_one,
    match_sentence,
    newsquant_gold,
    newsquant_split,
    singular,
    split_range_ends,
    unit_key,
    values_equal,
)
from .scoring import Row, Score, by_rule, error_row

BARE = "bare"
# CQE's names of the units of measure (`figures.CQE_NAMES`), for `unit_kind`.
GOLD_MEASURES = frozenset(
    " ".join(singular(w) for w in unit_key(u, None).lower().split())
    for u in MEASURE_UNITS
) | frozenset(v for k, v in CQE_NAMES.items() if k in MEASURE_UNITS)
DURATION_ADJECTIVE_RE = re.compile(
    r"[\w.]+-(?:year|month|week|day|hour|minute|second)", re.IGNORECASE
)
NOT_READ = "not read"


def _assign(
    gold: Sequence[Gold], figures: Sequence[Figure], check_unit: bool
) -> dict[int, int]:
    """A maximum matching as gold index -> figure index."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j, f in enumerate(figures):
            if j in seen or not figure_matches(f, gold[i], check_unit):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def classify_errors(
    gold: Sequence[Gold], decisions: Sequence[Decision]
) -> Counter[tuple[str, str]]:
    """(error class, rule) counts of one sentence (see the module docstring)."""
    made = [d for d in decisions if d.figure is not None]
    figures = [d.figure for d in made if d.figure is not None]
    out: Counter[tuple[str, str]] = Counter()
    right = _assign(gold, figures, check_unit=True)
    rest_g = [i for i in range(len(gold)) if i not in right]
    rest_f = [j for j in range(len(figures)) if j not in right.values()]
    by_value = _assign(
        [gold[i] for i in rest_g], [figures[j] for j in rest_f], check_unit=False
    )
    for fj in by_value.values():
        out["wrong unit", made[rest_f[fj]].unit_rule or BARE] += 1
    used_f = {rest_f[fj] for fj in by_value.values()}
    ruled_out = [d for d in decisions if d.figure is None and d.value is not None]
    for k, i in enumerate(rest_g):
        if k in by_value:
            continue
        g = gold[i]
        rule = next(
            (
                d.rule
                for d in ruled_out
                if d.value is not None and values_equal(d.value, g.low)
            ),
            NOT_READ,
        )
        out["missed", rule] += 1
    for j in rest_f:
        if j not in used_f:
            out["spurious", made[j].unit_rule or BARE] += 1
    return out


CURRENCY_WORDS_RE = re.compile(
    r"\b(?:dollar|euro|pound sterling|yen|yuan|rupee|franc|won|ruble|peso|real"
    r"|cent|penny|shekel|ringgit|bitcoin|krona|krone|lira|rand)\b"
)


def unit_kind(unit: str, gold: bool) -> str:
    """What kind of unit a figure's unit or a gold (CQE) unit is.

    "none", "percent", "currency", "measure" or "counted noun"; a rate
    ("per barrel", "a year") adds " per ...".
    """
    if gold:
        name, _, per = unit.strip().lower().partition(" per ")
        if name in ("", "-"):
            kind = "none"
        elif name.startswith("percentage"):
            kind = "percent"
        elif CURRENCY_WORDS_RE.search(name):
            kind = "currency"
        elif name in GOLD_MEASURES:
            kind = "measure"
        else:
            kind = "counted noun"
    else:
        name, _, per = unit.partition(" per ")
        if not name:
            kind = "none"
        elif name == "percent":
            kind = "percent"
        elif name in CURRENCIES:
            kind = "currency"
        elif name in MEASURE_UNITS:
            kind = "measure"
        else:
            kind = "counted noun"
    return f"{kind} per …" if per else kind


def unit_kind_counts(items: Iterable[dict[str, object]]) -> Counter[str]:
    """Wrong-unit pairs (right value) by site unit kind -> gold unit kind."""
    total: Counter[str] = Counter()
    for item in items:
        gold = newsquant_gold(item)
        figures = annotate_text(str(item["text"])).figures
        right = _assign(gold, figures, check_unit=True)
        rest_g = [i for i in range(len(gold)) if i not in right]
        rest_f = [j for j in range(len(figures)) if j not in right.values()]
        pairs = _assign(
            [gold[i] for i in rest_g], [figures[j] for j in rest_f], check_unit=False
        )
        for gi, fj in pairs.items():
            f, g = figures[rest_f[fj]], gold[rest_g[gi]]
            site = unit_kind(f.unit + (f" per {f.rate}" if f.rate else ""), False)
            total[f"{site} -> {unit_kind(g.unit, True)}"] += 1
    return total


def rule_counts(items: Iterable[dict[str, object]]) -> Counter[tuple[str, str]]:
    """Error counts by class and rule over NewsQuant sentences."""
    total: Counter[tuple[str, str]] = Counter()
    for item in items:
        article = annotate_text(str(item["text"]))
        total.update(classify_errors(newsquant_gold(item), explain_figures(article)))
    return total


def describe(counts: Counter[tuple[str, str]]) -> str:
    """Counts as a table note: "wrong unit 12: noun-after 7, bare 5; missed …"."""
    return by_rule(counts, ("wrong unit", "missed", "spurious"))


def _gold_way_row(data: list[dict[str, object]]) -> Row:
    """All 590 sentences, value only, with the conventions read the gold's way."""
    plain, conventions = Score(), Counter[str]()
    for item in data:
        text = str(item["text"])
        gold, figures = newsquant_gold(item), annotate_text(text).figures
        plain.add(match_sentence(gold, figures, check_unit=False))
        conventions.update(convention_errors(gold, figures, text))
    adjusted = gold_way(plain.tp, plain.fp, plain.fn, conventions)
    # How much of the gap each convention alone explains: the F1 with only
    # that class read the gold's way.
    alone = ", ".join(
        f"{name} {gold_way(plain.tp, plain.fp, plain.fn, only).f1:.3f}"
        for name, only in one_class_each(conventions)
    )
    return Row(
        "figures",
        "newsquant: value only, conventions read the gold's way",
        "all",
        plain.tp + plain.fn,
        adjusted.precision,
        adjusted.recall,
        adjusted.f1,
        None,
        None,
        note=(
            f"not the site's score: what the value-only F1 ({plain.f1:.3f}) "
            "would be if the site followed NewsQuant's conventions, which it "
            "does not on purpose (README, 'What counts as a figure'): "
            "`gold_way` in tools/evaluate/figure_rules.py; a value off by a "
            f"power of ten ({conventions[POWER_OF_TEN] // 2} pairs) stays an "
            f"error; each convention alone read the gold's way: {alone}"
        ),
    )


def one_class_each(conventions: Counter[str]) -> list[tuple[str, Counter[str]]]:
    """The conventions split into the classes `gold_way` reads, one Counter each."""
    classes = {
        "bare one": [GOLD_ONE],
        "two levels": [k for k in conventions if k.startswith(TWO_LEVELS)],
        "site range": [SITE_RANGE],
        "parts of one amount": [PARTS_GOLD, PARTS_FIGURE],
        "kinds the gold leaves out": [*NO_GOLD_KIND.values(), DURATION_ADJECTIVE],
    }
    return [
        (name, Counter({k: conventions[k] for k in keys if k in conventions}))
        for name, keys in classes.items()
    ]


# Value-only errors that a labelling convention explains (see README, "What
# counts as a figure": where the site reads differently from NewsQuant).
GOLD_ONE = "gold bare one"
TWO_LEVELS = "gold range, site two figures"
SITE_RANGE = "gold one number, site a range"
NO_GOLD_KIND = {
    "times": "multiplier, no gold",
    "years old": "age, no gold",
}
DURATION_ADJECTIVE = "duration adjective, no gold"
# An amount written in parts that the site reads as one figure in its largest
# unit ("24 hours 39 minutes 35 seconds": 24.66 hours) and the gold as one
# quantity per part: each gold part is missed and the figure is spurious.
PARTS_GOLD = "gold parts of one amount, site one figure: gold parts"
PARTS_FIGURE = "gold parts of one amount, site one figure: site figures"
OTHER_MISSED, OTHER_SPURIOUS = "missed, other", "spurious, other"
POWER_OF_TEN = "value off by a power of ten"


def _power_of_ten(a: float, b: float) -> bool:
    """Whether `a` is `b` times 10, 100, 1000, … or divided by one of them."""
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return False
    k = math.log10(abs(a) / abs(b))
    return round(k) != 0 and abs(k - round(k)) < 1e-6


def _ends_of(g: Gold, figures: Sequence[Figure], free: set[int]) -> list[int]:
    """Two single figures, not yet used, that give a gold range's two ends."""
    assert g.high is not None
    ends = []
    for end in (g.low, g.high):
        j = next(
            (
                j
                for j in sorted(free)
                if j not in ends
                and figures[j].high is None
                and values_equal(figures[j].value, end)
            ),
            None,
        )
        if j is None:
            return []
        ends.append(j)
    return ends


def written_parts(text: str, figure: Figure) -> list[float]:
    """The numbers written in one figure of two or more parts, else none.

    "24 hours 39 minutes 35 seconds" -> [24, 39, 35]; "5 feet 2 inches" ->
    [5, 2]; "$4.5 million" -> [] (one number).
    """
    if figure.high is not None:
        return []
    written = text[figure.span.start : figure.span.end]
    out: list[float] = []
    pos = 0
    for m in CANDIDATE_RE.finditer(written.lower()):
        if m.start() < pos or (num := read_number(written, m.start())) is None:
            continue
        out.append(num.parsed.value)
        pos = num.end
    return out if len(out) >= 2 else []


def _parts_in_gold(
    gold: Sequence[Gold], missed: set[int], parts: list[float]
) -> list[int]:
    """Gold single quantities, not yet matched, one for each written part."""
    found: list[int] = []
    for part in parts:
        i = next(
            (
                i
                for i in sorted(missed)
                if i not in found
                and gold[i].high is None
                and values_equal(part, gold[i].low)
            ),
            None,
        )
        if i is None:
            return []
        found.append(i)
    return found


def range_joiner(text: str, figures: Sequence[Figure], ends: list[int]) -> str:
    """How the text joins two figures the gold reads as one range.

    "or" ("three or four years"), "from … to" ("rose from 240 to 273"),
    "to", "and", or "other" (a comma, words or other figures between).
    """
    first, second = sorted((figures[j] for j in ends), key=lambda f: f.span)
    between = text[first.span.end : second.span.start].strip().lower()
    if between == "or":
        return "or"
    if between == "and":
        return "and"
    if between.split()[-1:] == ["to"]:
        before = text[max(0, first.span.start - 12) : first.span.start].lower()
        return "from … to" if "from " in before else "to"
    return "other"


def convention_errors(
    gold: Sequence[Gold], figures: Sequence[Figure], text: str
) -> Counter[str]:
    """Value-only errors of one sentence, by the convention that explains them.

    An amount in parts the site reads as one figure and the gold as one
    quantity per part ("24 hours 39 minutes 35 seconds": three missed gold
    parts and a spurious figure, four errors; `written_parts`); a gold bare
    "one" (`implicit_one`); a gold range whose ends the site
    gives as two figures ("from $75 to $45.88": a missed range and two
    spurious figures, three errors; by `range_joiner`); a gold single number the site reads as
    a range ("dozens": 12 in the gold); a figure of a kind the gold does not
    label (a multiplier, an age, a hyphenated duration "a five-year award");
    a figure whose value is the gold's times a power of ten (a missed and a
    spurious, two errors: a scale word or a percentage one side wrote
    differently, "$3 billion" labelled 3,000,000, or a scale the site
    misread); else "other".
    """
    figures, _ = split_range_ends(gold, figures)  # as `match_sentence` scores
    owner = _assign(gold, figures, check_unit=False)
    free = set(range(len(figures))) - set(owner.values())
    out: Counter[str] = Counter()
    missed = set(range(len(gold))) - set(owner)
    for whole in sorted(free):
        parts = written_parts(text, figures[whole])
        if parts and (found := _parts_in_gold(gold, missed, parts)):
            missed -= set(found)
            free.discard(whole)
            out[PARTS_GOLD] += len(found)
            out[PARTS_FIGURE] += 1
    for i, g in enumerate(gold):
        if i not in missed:
            continue
        if implicit_one(g, text):
            out[GOLD_ONE] += 1
        elif g.high is not None and (ends := _ends_of(g, figures, free)):
            free -= set(ends)
            out[f"{TWO_LEVELS} ({range_joiner(text, figures, ends)})"] += 3
        elif (
            g.high is None
            and (
                j := next(
                    (
                        j
                        for j in sorted(free)
                        if (high := figures[j].high) is not None
                        and (
                            values_equal(figures[j].value, g.low)
                            or values_equal(high, g.low)
                        )
                    ),
                    None,
                )
            )
            is not None
        ):
            free.discard(j)
            out[SITE_RANGE] += 2
        elif (
            j := next(
                (
                    j
                    for j in sorted(free)
                    if (figures[j].high is None) == (g.high is None)
                    and _power_of_ten(figures[j].value, g.low)
                    and (
                        g.high is None or _power_of_ten(figures[j].high or 0.0, g.high)
                    )
                ),
                None,
            )
        ) is not None:
            free.discard(j)
            out[POWER_OF_TEN] += 2
        else:
            out[OTHER_MISSED] += 1
    for j in free:
        f = figures[j]
        written = text[f.span.start : f.span.end]
        if f.unit in NO_GOLD_KIND:
            out[NO_GOLD_KIND[f.unit]] += 1
        elif DURATION_ADJECTIVE_RE.fullmatch(written):
            out[DURATION_ADJECTIVE] += 1
        else:
            out[OTHER_SPURIOUS] += 1
    return out


def gold_way(tp: int, fp: int, fn: int, conventions: Counter[str]) -> Score:
    """Value-only counts with every labelling convention read the gold's way.

    A gold range the site gives as two figures (3 errors) becomes one match;
    a gold bare "one" a match; a gold number the site reads as a range (2
    errors) a match; each gold part of an amount the site gives as one
    figure a match, and the figure dropped; a figure of a kind the gold
    leaves out (multiplier, age, hyphenated duration) is dropped. A value off by a power of ten is
    no convention and stays an error. This is what the F1 would be if the
    site followed NewsQuant's conventions, which it does not on purpose.
    """
    ranges = sum(n for k, n in conventions.items() if k.startswith(TWO_LEVELS)) // 3
    ones = conventions[GOLD_ONE]
    site_ranges = conventions[SITE_RANGE] // 2
    kinds = sum(conventions[k] for k in (*NO_GOLD_KIND.values(), DURATION_ADJECTIVE))
    parts, part_figures = conventions[PARTS_GOLD], conventions[PARTS_FIGURE]
    matched = ranges + ones + site_ranges + parts
    return Score(
        tp=tp + matched,
        fp=fp - 2 * ranges - site_ranges - kinds - part_figures,
        fn=fn - matched,
    )


def evaluate(corpora: Path) -> list[Row]:
    """One row per split: the NewsQuant errors, by class and deciding rule."""
    data = json.loads(
        (corpora / "newsquant" / "NewsQuant.json").read_text(encoding="utf-8")
    )
    out = [_gold_way_row(data)]
    for split in ("test", "dev"):
        items = [d for i, d in enumerate(data) if newsquant_split(i) == split]
        conventions: Counter[str] = Counter()
        for item in items:
            text = str(item["text"])
            figures = annotate_text(text).figures
            conventions.update(convention_errors(newsquant_gold(item), figures, text))
        listed = ", ".join(f"{k} {n}" for k, n in conventions.most_common())
        out.append(
            error_row(
                "figures",
                "newsquant value-only errors by convention",
                split,
                sum(conventions.values()),
                f"{listed} (tools/evaluate/figure_rules.py `convention_errors`: "
                "errors, value only, that a labelling convention explains; a gold "
                "range read as two figures is 3 errors, a gold number read as a "
                "range 2, a value off by a power of ten 2: a missed and a "
                "spurious, where gold or site read the scale differently; an "
                "amount in parts read as one figure, one error per gold part "
                "and one for the figure)",
            )
        )
        kinds = unit_kind_counts(items)
        out.append(
            error_row(
                "figures",
                "newsquant wrong units by kind",
                split,
                sum(kinds.values()),
                ", ".join(f"{k} {n}" for k, n in kinds.most_common())
                + " (tools/evaluate/figure_rules.py `unit_kind`: a figure with a "
                "gold quantity's value but not its unit, as the site's unit kind "
                "-> the gold's)",
            )
        )
        counts = rule_counts(items)
        out.append(
            error_row(
                "figures",
                "newsquant errors by rule",
                split,
                sum(counts.values()),
                describe(counts)
                + " (tools/evaluate/figure_rules.py: the rule that gave the unit, "
                "or the exclusion that ruled the number out)",
            )
        )
    return out
