"""Files other programs (or other copies of this one) read and write."""
