"""The pure core: plain data and the rules of the guide, as functions of (interview, events, now, policy).

Nothing here reads the clock, the disk, the network or the environment, and nothing imports a layer above it
(tests/test_layering.py holds every module of this folder to that)."""
