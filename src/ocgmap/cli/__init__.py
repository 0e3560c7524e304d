"""The `ocgmap` command line: thin commands over the library."""
