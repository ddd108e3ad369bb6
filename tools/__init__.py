"""Command-line tools: benchmarks, evaluation, corpus conversion."""
