#!/usr/bin/env python
"""Django's command-line utility.

`site/` is a source root, not a package (the standard library owns the name
`site`), so it is put on sys.path here, as pytest and gunicorn do too.
"""

import os
import sys
from pathlib import Path


def main():
    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
