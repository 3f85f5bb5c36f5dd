"""Text handling: sentence segmentation with offsets into the original text."""

from chrono.text.segment import segment

__all__ = ["segment"]
