# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'empty_list_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QGridLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_EmptyListPage(object):
    def setupUi(self, emptyPage):
        if not emptyPage.objectName():
            emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTopSpacer)

        self.emptyTitle = QLabel(emptyPage)
        self.emptyTitle.setObjectName(u"emptyTitle")
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        self.emptyTitle.setFont(font)
        self.emptyTitle.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyTitle)

        self.emptyIntro = QLabel(emptyPage)
        self.emptyIntro.setObjectName(u"emptyIntro")
        self.emptyIntro.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyIntro)

        self.emptyChoices = QWidget(emptyPage)
        self.emptyChoices.setObjectName(u"emptyChoices")
        self.emptyChoices.setMinimumSize(QSize(720, 0))
        self.emptyChoices.setMaximumSize(QSize(820, 16777215))
        self.emptyGrid = QGridLayout(self.emptyChoices)
        self.emptyGrid.setObjectName(u"emptyGrid")
        self.emptyGrid.setHorizontalSpacing(16)
        self.emptyGrid.setVerticalSpacing(10)
        self.emptyGrid.setContentsMargins(0, 0, 0, 0)
        self.emptyNewButton = QPushButton(self.emptyChoices)
        self.emptyNewButton.setObjectName(u"emptyNewButton")
        self.emptyNewButton.setMinimumSize(QSize(0, 34))

        self.emptyGrid.addWidget(self.emptyNewButton, 0, 0, 1, 1)

        self.emptyNewButtonNote = QLabel(self.emptyChoices)
        self.emptyNewButtonNote.setObjectName(u"emptyNewButtonNote")
        self.emptyNewButtonNote.setWordWrap(True)

        self.emptyGrid.addWidget(self.emptyNewButtonNote, 0, 1, 1, 1)

        self.emptyXlsxButton = QPushButton(self.emptyChoices)
        self.emptyXlsxButton.setObjectName(u"emptyXlsxButton")
        self.emptyXlsxButton.setMinimumSize(QSize(0, 34))

        self.emptyGrid.addWidget(self.emptyXlsxButton, 1, 0, 1, 1)

        self.emptyXlsxButtonNote = QLabel(self.emptyChoices)
        self.emptyXlsxButtonNote.setObjectName(u"emptyXlsxButtonNote")
        self.emptyXlsxButtonNote.setWordWrap(True)

        self.emptyGrid.addWidget(self.emptyXlsxButtonNote, 1, 1, 1, 1)

        self.emptyPackageButton = QPushButton(self.emptyChoices)
        self.emptyPackageButton.setObjectName(u"emptyPackageButton")
        self.emptyPackageButton.setMinimumSize(QSize(0, 34))

        self.emptyGrid.addWidget(self.emptyPackageButton, 2, 0, 1, 1)

        self.emptyPackageButtonNote = QLabel(self.emptyChoices)
        self.emptyPackageButtonNote.setObjectName(u"emptyPackageButtonNote")
        self.emptyPackageButtonNote.setWordWrap(True)

        self.emptyGrid.addWidget(self.emptyPackageButtonNote, 2, 1, 1, 1)

        self.emptyGuideButton = QPushButton(self.emptyChoices)
        self.emptyGuideButton.setObjectName(u"emptyGuideButton")
        self.emptyGuideButton.setMinimumSize(QSize(0, 34))

        self.emptyGrid.addWidget(self.emptyGuideButton, 3, 0, 1, 1)

        self.emptyGuideButtonNote = QLabel(self.emptyChoices)
        self.emptyGuideButtonNote.setObjectName(u"emptyGuideButtonNote")
        self.emptyGuideButtonNote.setWordWrap(True)

        self.emptyGrid.addWidget(self.emptyGuideButtonNote, 3, 1, 1, 1)

        self.emptyGrid.setColumnStretch(1, 1)

        self.emptyLayout.addWidget(self.emptyChoices, 0, Qt.AlignmentFlag.AlignHCenter)

        self.emptyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottomSpacer)


        self.retranslateUi(emptyPage)

        QMetaObject.connectSlotsByName(emptyPage)
    # setupUi

    def retranslateUi(self, emptyPage):
        self.emptyTitle.setText(QCoreApplication.translate("EmptyListPage", u"Ch\u01b0a c\u00f3 h\u1ed3 s\u01a1 s\u00e1ng ki\u1ebfn n\u00e0o", None))
        self.emptyIntro.setText(QCoreApplication.translate("EmptyListPage", u"B\u1eaft \u0111\u1ea7u b\u1eb1ng m\u1ed9t trong b\u1ed1n c\u00e1ch sau:", None))
        self.emptyNewButton.setText(QCoreApplication.translate("EmptyListPage", u"T\u1ea1o h\u1ed3 s\u01a1 &m\u1edbi", None))
        self.emptyNewButtonNote.setText(QCoreApplication.translate("EmptyListPage", u"Nh\u1eadp m\u1ed9t s\u00e1ng ki\u1ebfn t\u1eebng b\u01b0\u1edbc: t\u00ean, t\u00e1c gi\u1ea3, n\u1ed9i dung, hi\u1ec7u qu\u1ea3, t\u1ec7p \u0111\u00ednh k\u00e8m.", None))
        self.emptyXlsxButton.setText(QCoreApplication.translate("EmptyListPage", u"Nh\u1eadp t\u1eeb &Excel", None))
        self.emptyXlsxButtonNote.setText(QCoreApplication.translate("EmptyListPage", u"Danh s\u00e1ch s\u00e1ng ki\u1ebfn n\u0103m tr\u01b0\u1edbc trong m\u1ed9t t\u1ec7p Excel (c\u00f3 m\u1eabu \u0111\u1ec3 \u0111i\u1ec1n).", None))
        self.emptyPackageButton.setText(QCoreApplication.translate("EmptyListPage", u"Nh\u1eadp &g\u00f3i t\u1eeb \u0111\u01a1n v\u1ecb kh\u00e1c", None))
        self.emptyPackageButtonNote.setText(QCoreApplication.translate("EmptyListPage", u"G\u00f3i h\u1ed3 s\u01a1 (.skpkg) m\u00e0 \u0111\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi ho\u1eb7c m\u00e1y kh\u00e1c g\u1eedi \u0111\u1ebfn.", None))
        self.emptyGuideButton.setText(QCoreApplication.translate("EmptyListPage", u"Xem &h\u01b0\u1edbng d\u1eabn", None))
        self.emptyGuideButtonNote.setText(QCoreApplication.translate("EmptyListPage", u"C\u00e1c b\u01b0\u1edbc t\u1eeb h\u1ed3 s\u01a1 \u0111\u1ebfn quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn, \u0111\u1ec1 ngh\u1ecb v\u00e0 c\u1ed5ng tr\u1ef1c tuy\u1ebfn.", None))
        pass
    # retranslateUi

