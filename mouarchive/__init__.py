"""mouarchive: an archive of Korean news articles about agreements (업무협약, MOU, 투자협약)."""

__version__ = "0.1.0"
