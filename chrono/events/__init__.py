"""Events: detect mentions, link them to times, merge mentions into events."""
