"""`make eval`: annotation quality on labelled third-party news data.

Each suite module scores one annotator, through the code the build uses, and
returns table rows. Suites are registered in `SUITES` in run order. Tune on
training and dev splits; the table reports test splits.
"""
