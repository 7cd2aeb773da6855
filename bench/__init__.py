"""Benchmarks (run by hand, not by the tests): synthetic packs and timing scripts."""
