"""Scoring against annotated corpora (TimeML TIMEX3), used by the benchmarks."""
