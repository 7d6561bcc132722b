"""Matching peers: scores with reasons, exact solvers for pairs, groups, pods and rotations, stored runs."""
