// Play screens: keyboard shortcuts and focus; the pages work without it.
