# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_BinDialog(object):
    def setupUi(self, BinDialog):
        if not BinDialog.objectName():
            BinDialog.setObjectName(u"BinDialog")
        BinDialog.resize(900, 520)
        self.binLayout = QVBoxLayout(BinDialog)
        self.binLayout.setObjectName(u"binLayout")
        self.binHint = QLabel(BinDialog)
        self.binHint.setObjectName(u"binHint")
        self.binHint.setWordWrap(True)

        self.binLayout.addWidget(self.binHint)

        self.binTable = QTableView(BinDialog)
        self.binTable.setObjectName(u"binTable")
        self.binTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.binTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.binTable.setSortingEnabled(True)
        self.binTable.horizontalHeader().setStretchLastSection(True)
        self.binTable.verticalHeader().setVisible(False)

        self.binLayout.addWidget(self.binTable)

        self.binButtons = QHBoxLayout()
        self.binButtons.setObjectName(u"binButtons")
        self.restoreButton = QPushButton(BinDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.binButtons.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(BinDialog)
        self.purgeButton.setObjectName(u"purgeButton")

        self.binButtons.addWidget(self.purgeButton)

        self.eraseDataButton = QPushButton(BinDialog)
        self.eraseDataButton.setObjectName(u"eraseDataButton")

        self.binButtons.addWidget(self.eraseDataButton)

        self.emptyButton = QPushButton(BinDialog)
        self.emptyButton.setObjectName(u"emptyButton")

        self.binButtons.addWidget(self.emptyButton)

        self.binSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.binButtons.addItem(self.binSpacer)

        self.closeButton = QPushButton(BinDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.binButtons.addWidget(self.closeButton)


        self.binLayout.addLayout(self.binButtons)


        self.retranslateUi(BinDialog)

        QMetaObject.connectSlotsByName(BinDialog)
    # setupUi

    def retranslateUi(self, BinDialog):
        BinDialog.setWindowTitle(QCoreApplication.translate("BinDialog", u"Th\u00f9ng r\u00e1c", None))
        self.binHint.setText(QCoreApplication.translate("BinDialog", u"H\u1ed3 s\u01a1 \u0111\u00e3 x\u00f3a n\u1eb1m \u1edf \u0111\u00e2y cho \u0111\u1ebfn khi b\u1ea1n x\u00f3a h\u1eb3n. Ch\u1ecdn h\u1ed3 s\u01a1 r\u1ed3i b\u1ea5m \u201cKh\u00f4i ph\u1ee5c\u201d \u0111\u1ec3 \u0111\u01b0a v\u1ec1 danh s\u00e1ch.", None))
        self.restoreButton.setText(QCoreApplication.translate("BinDialog", u"&Kh\u00f4i ph\u1ee5c", None))
        self.purgeButton.setText(QCoreApplication.translate("BinDialog", u"&X\u00f3a h\u1eb3n", None))
#if QT_CONFIG(tooltip)
        self.eraseDataButton.setToolTip(QCoreApplication.translate("BinDialog", u"Gi\u1eef h\u1ed3 s\u01a1 trong th\u00f9ng r\u00e1c nh\u01b0ng x\u00f3a s\u1ed1 CCCD, \u0111i\u1ec7n tho\u1ea1i, ng\u00e0y sinh, n\u01a1i th\u01b0\u1eddng tr\u00fa c\u1ee7a m\u1ecdi ng\u01b0\u1eddi trong \u0111\u00f3", None))
#endif // QT_CONFIG(tooltip)
        self.eraseDataButton.setText(QCoreApplication.translate("BinDialog", u"X\u00f3a &d\u1eef li\u1ec7u c\u00e1 nh\u00e2n\u2026", None))
        self.emptyButton.setText(QCoreApplication.translate("BinDialog", u"&D\u1ecdn s\u1ea1ch th\u00f9ng r\u00e1c", None))
        self.closeButton.setText(QCoreApplication.translate("BinDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

