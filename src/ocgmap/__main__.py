"""`python -m ocgmap` runs the command line."""

from ocgmap.cli.main import main

main()
