"""Painting printouts onto pages with QtGui alone: PDF files, printers and the print preview.

The one Qt-using corner outside `peerdesk/ui/`: QTextDocument, QPainter and QPdfWriter from QtGui
(never QtWidgets), so the command line writes the same PDF pages as the window without loading the
window's code.
"""
