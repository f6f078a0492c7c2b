"""`make bench`: figures for speed and memory, written to benchmarks/results.json."""
