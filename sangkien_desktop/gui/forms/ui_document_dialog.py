# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout)

class Ui_DocumentDialog(object):
    def setupUi(self, DocumentDialog):
        if not DocumentDialog.objectName():
            DocumentDialog.setObjectName(u"DocumentDialog")
        DocumentDialog.resize(640, 270)
        self.mainLayout = QVBoxLayout(DocumentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.sourceLabel = QLabel(DocumentDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.sourceLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(DocumentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(DocumentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.formatLabel = QLabel(DocumentDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(DocumentDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.numberLabel = QLabel(DocumentDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberLayout = QHBoxLayout()
        self.numberLayout.setObjectName(u"numberLayout")
        self.numberSpin = QSpinBox(DocumentDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(99999)

        self.numberLayout.addWidget(self.numberSpin)

        self.numberSuffix = QLabel(DocumentDialog)
        self.numberSuffix.setObjectName(u"numberSuffix")

        self.numberLayout.addWidget(self.numberSuffix)

        self.numberFixed = QLabel(DocumentDialog)
        self.numberFixed.setObjectName(u"numberFixed")
        self.numberFixed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.numberLayout.addWidget(self.numberFixed)

        self.numberSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.numberLayout.addItem(self.numberSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.numberLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.numberNote = QLabel(DocumentDialog)
        self.numberNote.setObjectName(u"numberNote")
        self.numberNote.setWordWrap(True)
        self.numberNote.setStyleSheet(u"QLabel { color: #555555; }")

        self.mainLayout.addWidget(self.numberNote)

        self.errorLabel = QLabel(DocumentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.mainLayout.addWidget(self.errorLabel)

        self.statusLabel = QLabel(DocumentDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.saveButton = QPushButton(DocumentDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.openButton = QPushButton(DocumentDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.previewButton = QPushButton(DocumentDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DocumentDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.numberLabel.setBuddy(self.numberSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(DocumentDialog)
    # setupUi

    def retranslateUi(self, DocumentDialog):
        DocumentDialog.setWindowTitle(QCoreApplication.translate("DocumentDialog", u"L\u00e0m v\u0103n b\u1ea3n", None))
        self.sourceLabel.setText(QCoreApplication.translate("DocumentDialog", u"V\u0103n b\u1ea3n \u0111\u01b0\u1ee3c l\u00e0m t\u1eeb d\u1eef li\u1ec7u \u0111\u00e3 l\u01b0u, \u0111\u00fang th\u1ec3 th\u1ee9c Ngh\u1ecb \u0111\u1ecbnh 30/2020/N\u0110-CP.", None))
        self.kindLabel.setText(QCoreApplication.translate("DocumentDialog", u"&V\u0103n b\u1ea3n:", None))
        self.formatLabel.setText(QCoreApplication.translate("DocumentDialog", u"\u0110\u1ecbnh &d\u1ea1ng:", None))
        self.numberLabel.setText(QCoreApplication.translate("DocumentDialog", u"&S\u1ed1 v\u0103n b\u1ea3n:", None))
        self.numberSuffix.setText(QCoreApplication.translate("DocumentDialog", u"/BB-H\u0110SK", None))
        self.saveButton.setText(QCoreApplication.translate("DocumentDialog", u"&L\u01b0u th\u00e0nh t\u1ec7p\u2026", None))
        self.openButton.setText(QCoreApplication.translate("DocumentDialog", u"&M\u1edf \u0111\u1ec3 xem", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("DocumentDialog", u"M\u1edf v\u0103n b\u1ea3n b\u1eb1ng ch\u01b0\u01a1ng tr\u00ecnh xem PDF ho\u1eb7c so\u1ea1n th\u1ea3o Word c\u1ee7a m\u00e1y", None))
#endif // QT_CONFIG(tooltip)
        self.previewButton.setText(QCoreApplication.translate("DocumentDialog", u"&Xem tr\u01b0\u1edbc v\u00e0 in\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("DocumentDialog", u"\u0110\u00f3&ng", None))
    # retranslateUi

