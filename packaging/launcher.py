"""The bundle's entry point: the same `dutylog` command line as the installed package."""

import sys

from dutylog.launch import main

if __name__ == "__main__":
    sys.exit(main())
