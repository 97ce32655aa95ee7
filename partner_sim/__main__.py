"""python -m partner_sim: see partner_sim.cli."""

import sys

from partner_sim.cli import main

sys.exit(main())
