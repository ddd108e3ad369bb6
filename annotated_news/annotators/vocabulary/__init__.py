"""The vocabulary every annotator shares, one table module per kind of word.

- `number_words`: cardinals, tens, scales and ordinals written in words.
- `months`: month and weekday names, with their abbreviations.
- `honorifics`: "Mr.", "Ms.", "Sen.", ... with their full forms and gender.
- `titles`: words of titles written before a name ("spokeswoman",
  "Secretary", "Pope"), and the regnal and religious ones.
- `demonyms`: the people of a place ("British", "Chileans", "US").
- `time_zones`: zones written after a clock time ("GMT", "ET").
- `verbs`: auxiliaries, past forms not in "-ed", headline verbs after a name.
- `letters`: letter classes of names, and the possessive endings.
- `web_labels`: labels a web page puts before a link ("READ MORE:").

Each list is written once, here, and imported wherever it is needed, so that
the annotators cannot disagree about what a month or an honorific is. Other
word lists that only one rule reads stay next to that rule.
"""
