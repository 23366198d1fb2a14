"""Use cases over the storage layer. Never imports Qt; never writes SQL itself."""
