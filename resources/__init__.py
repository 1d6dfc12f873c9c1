"""Data files of WattIf: parameters, hardware catalogue, sources, presets."""
