"""Allow ``python -m packstation`` as well as the ``packstation`` console command."""

from packstation.cli import main

raise SystemExit(main())
