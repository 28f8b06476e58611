"""The knelpuntsignalen window."""
