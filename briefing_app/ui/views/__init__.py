"""Views of a pack beside the reader: each opens in its own window from the Go menu."""
