"""Temporal expressions: find them (tagger), date the document (anchor), resolve them (resolver)."""
