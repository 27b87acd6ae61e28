"""Held-out style sample plans: each module holds one plan's text, written by hand in its own office's style."""
