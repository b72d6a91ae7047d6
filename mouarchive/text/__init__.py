"""Text processing: bytes → clean articles (`pipeline.parse_articles`), and the search form.

Kept empty so that importing one piece (the search form, for a query) does not load them all.
"""
