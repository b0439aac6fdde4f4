# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guide_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTextBrowser, QTreeWidget, QVBoxLayout)

class Ui_GuideDialog(object):
    def setupUi(self, GuideDialog):
        if not GuideDialog.objectName():
            GuideDialog.setObjectName(u"GuideDialog")
        GuideDialog.resize(1100, 760)
        self.guideLayout = QVBoxLayout(GuideDialog)
        self.guideLayout.setObjectName(u"guideLayout")
        self.findRow = QHBoxLayout()
        self.findRow.setObjectName(u"findRow")
        self.findLabel = QLabel(GuideDialog)
        self.findLabel.setObjectName(u"findLabel")

        self.findRow.addWidget(self.findLabel)

        self.findEdit = QLineEdit(GuideDialog)
        self.findEdit.setObjectName(u"findEdit")
        self.findEdit.setClearButtonEnabled(True)

        self.findRow.addWidget(self.findEdit)

        self.findPreviousButton = QPushButton(GuideDialog)
        self.findPreviousButton.setObjectName(u"findPreviousButton")
        self.findPreviousButton.setAutoDefault(False)

        self.findRow.addWidget(self.findPreviousButton)

        self.findNextButton = QPushButton(GuideDialog)
        self.findNextButton.setObjectName(u"findNextButton")
        self.findNextButton.setAutoDefault(False)

        self.findRow.addWidget(self.findNextButton)

        self.findStatus = QLabel(GuideDialog)
        self.findStatus.setObjectName(u"findStatus")
        self.findStatus.setMinimumSize(QSize(160, 0))

        self.findRow.addWidget(self.findStatus)


        self.guideLayout.addLayout(self.findRow)

        self.splitter = QSplitter(GuideDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tocTree = QTreeWidget(self.splitter)
        self.tocTree.setObjectName(u"tocTree")
        self.tocTree.setHeaderHidden(True)
        self.tocTree.setWordWrap(True)
        self.tocTree.setUniformRowHeights(False)
        self.splitter.addWidget(self.tocTree)
        self.textBrowser = QTextBrowser(self.splitter)
        self.textBrowser.setObjectName(u"textBrowser")
        self.textBrowser.setOpenLinks(False)
        self.splitter.addWidget(self.textBrowser)

        self.guideLayout.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.sourceLabel = QLabel(GuideDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.bottomRow.addWidget(self.sourceLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.closeButton = QPushButton(GuideDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.closeButton)


        self.guideLayout.addLayout(self.bottomRow)

        self.guideLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.findLabel.setBuddy(self.findEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GuideDialog)

        QMetaObject.connectSlotsByName(GuideDialog)
    # setupUi

    def retranslateUi(self, GuideDialog):
        GuideDialog.setWindowTitle(QCoreApplication.translate("GuideDialog", u"H\u01b0\u1edbng d\u1eabn s\u1eed d\u1ee5ng", None))
        self.findLabel.setText(QCoreApplication.translate("GuideDialog", u"&T\u00ecm trong h\u01b0\u1edbng d\u1eabn:", None))
        self.findEdit.setPlaceholderText(QCoreApplication.translate("GuideDialog", u"g\u00f5 c\u00f3 d\u1ea5u ho\u1eb7c kh\u00f4ng d\u1ea5u, v\u00ed d\u1ee5: sao luu", None))
        self.findPreviousButton.setText(QCoreApplication.translate("GuideDialog", u"Tr\u01b0\u1edb&c", None))
        self.findNextButton.setText(QCoreApplication.translate("GuideDialog", u"&Sau", None))
        ___qtreewidgetitem = self.tocTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("GuideDialog", u"M\u1ee5c l\u1ee5c", None))
        self.closeButton.setText(QCoreApplication.translate("GuideDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

