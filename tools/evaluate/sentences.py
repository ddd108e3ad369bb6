"""Sentences: pySBD's English golden rules (48 constructed cases)."""

from __future__ import annotations

import json
import time
from pathlib import Path

from annotated_news.parse.sentences import segment

from .scoring import Row, Score


def evaluate(corpora: Path) -> list[Row]:
    """Rules passed, and boundary precision/recall over all rules."""
    rules = json.loads(
        (corpora / "pysbd-golden-rules" / "english_golden_rules.json").read_text(
            encoding="utf-8"
        )
    )
    score = Score()
    passed = 0
    started = time.perf_counter()
    for rule in rules:
        got = segment(rule["text"])
        passed += got == rule["expected"]
        gold = {s.strip() for s in rule["expected"]}
        mine = {s.strip() for s in got}
        score.tp += len(gold & mine)
        score.fp += len(mine - gold)
        score.fn += len(gold - mine)
    seconds = time.perf_counter() - started
    return [
        Row(
            "sentences",
            "pysbd-golden-rules",
            "all",
            len(rules),
            score.precision,
            score.recall,
            score.f1,
            passed / len(rules),
            len(rules) / seconds,
            note=f"{passed} of {len(rules)} rules passed",
            target="≥ 47 of 48",
        )
    ]
