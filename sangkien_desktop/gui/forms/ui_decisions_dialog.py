# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decisions_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget, QVBoxLayout, QWidget)

class Ui_DecisionsDialog(object):
    def setupUi(self, DecisionsDialog):
        if not DecisionsDialog.objectName():
            DecisionsDialog.setObjectName(u"DecisionsDialog")
        DecisionsDialog.resize(1080, 640)
        self.decisionsLayout = QVBoxLayout(DecisionsDialog)
        self.decisionsLayout.setObjectName(u"decisionsLayout")
        self.hint = QLabel(DecisionsDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.decisionsLayout.addWidget(self.hint)

        self.splitter = QSplitter(DecisionsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.decisionsTable = QTableWidget(self.splitter)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.splitter.addWidget(self.decisionsTable)
        self.decisionsTable.horizontalHeader().setStretchLastSection(True)
        self.decisionsTable.verticalHeader().setVisible(False)
        self.itemsPane = QWidget(self.splitter)
        self.itemsPane.setObjectName(u"itemsPane")
        self.itemsPaneLayout = QVBoxLayout(self.itemsPane)
        self.itemsPaneLayout.setObjectName(u"itemsPaneLayout")
        self.itemsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.itemsHeading = QLabel(self.itemsPane)
        self.itemsHeading.setObjectName(u"itemsHeading")

        self.itemsPaneLayout.addWidget(self.itemsHeading)

        self.itemsTable = QTableWidget(self.itemsPane)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.horizontalHeader().setStretchLastSection(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.itemsPaneLayout.addWidget(self.itemsTable)

        self.splitter.addWidget(self.itemsPane)

        self.decisionsLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.issueButton = QPushButton(DecisionsDialog)
        self.issueButton.setObjectName(u"issueButton")

        self.bottomRow.addWidget(self.issueButton)

        self.printButton = QPushButton(DecisionsDialog)
        self.printButton.setObjectName(u"printButton")

        self.bottomRow.addWidget(self.printButton)

        self.certificatesButton = QPushButton(DecisionsDialog)
        self.certificatesButton.setObjectName(u"certificatesButton")

        self.bottomRow.addWidget(self.certificatesButton)

        self.openDossierButton = QPushButton(DecisionsDialog)
        self.openDossierButton.setObjectName(u"openDossierButton")

        self.bottomRow.addWidget(self.openDossierButton)

        self.historyButton = QPushButton(DecisionsDialog)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomRow.addWidget(self.historyButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(DecisionsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.decisionsLayout.addLayout(self.bottomRow)


        self.retranslateUi(DecisionsDialog)

        QMetaObject.connectSlotsByName(DecisionsDialog)
    # setupUi

    def retranslateUi(self, DecisionsDialog):
        DecisionsDialog.setWindowTitle(QCoreApplication.translate("DecisionsDialog", u"Quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn", None))
        self.hint.setText(QCoreApplication.translate("DecisionsDialog", u"Quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn \u0111\u00e3 ban h\u00e0nh. H\u1ed3 s\u01a1 \u0111\u01b0\u1ee3c c\u00f4ng nh\u1eadn b\u1ecb kh\u00f3a n\u1ed9i dung; mu\u1ed1n s\u1eeda, m\u1edf h\u1ed3 s\u01a1 v\u00e0 t\u1ea1o phi\u00ean b\u1ea3n s\u1eeda \u0111\u1ed5i.", None))
        self.itemsHeading.setText(QCoreApplication.translate("DecisionsDialog", u"<b>H\u1ed3 s\u01a1 trong quy\u1ebft \u0111\u1ecbnh \u0111ang ch\u1ecdn</b>", None))
        self.issueButton.setText(QCoreApplication.translate("DecisionsDialog", u"&Ra quy\u1ebft \u0111\u1ecbnh m\u1edbi\u2026", None))
        self.printButton.setText(QCoreApplication.translate("DecisionsDialog", u"In &quy\u1ebft \u0111\u1ecbnh\u2026", None))
        self.certificatesButton.setText(QCoreApplication.translate("DecisionsDialog", u"In &gi\u1ea5y ch\u1ee9ng nh\u1eadn\u2026", None))
        self.openDossierButton.setText(QCoreApplication.translate("DecisionsDialog", u"&M\u1edf h\u1ed3 s\u01a1", None))
        self.historyButton.setText(QCoreApplication.translate("DecisionsDialog", u"&L\u1ecbch s\u1eed thay \u0111\u1ed5i\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("DecisionsDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

