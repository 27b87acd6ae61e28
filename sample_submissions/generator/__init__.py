"""Builds the sample corpus of 实施方案 plans and their hand-written truth labels."""
