# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_assistant.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_SetupAssistant(object):
    def setupUi(self, SetupAssistant):
        if not SetupAssistant.objectName():
            SetupAssistant.setObjectName(u"SetupAssistant")
        SetupAssistant.resize(680, 460)
        SetupAssistant.setModal(True)
        self.assistantLayout = QVBoxLayout(SetupAssistant)
        self.assistantLayout.setObjectName(u"assistantLayout")
        self.stepLabel = QLabel(SetupAssistant)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setWordWrap(True)

        self.assistantLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(SetupAssistant)
        self.pages.setObjectName(u"pages")
        self.unitPage = QWidget()
        self.unitPage.setObjectName(u"unitPage")
        self.unitPageLayout = QVBoxLayout(self.unitPage)
        self.unitPageLayout.setObjectName(u"unitPageLayout")
        self.unitIntro = QLabel(self.unitPage)
        self.unitIntro.setObjectName(u"unitIntro")
        self.unitIntro.setWordWrap(True)

        self.unitPageLayout.addWidget(self.unitIntro)

        self.unitForm = QFormLayout()
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unitForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.parentLabel = QLabel(self.unitPage)
        self.parentLabel.setObjectName(u"parentLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentEdit = QLineEdit(self.unitPage)
        self.parentEdit.setObjectName(u"parentEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentEdit)

        self.unitNameLabel = QLabel(self.unitPage)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.unitPage)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.placeLabel = QLabel(self.unitPage)
        self.placeLabel.setObjectName(u"placeLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.unitPage)
        self.placeEdit.setObjectName(u"placeEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.provinceLabel = QLabel(self.unitPage)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceCombo = QComboBox(self.unitPage)
        self.provinceCombo.setObjectName(u"provinceCombo")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.levelLabel = QLabel(self.unitPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.unitPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelCombo)


        self.unitPageLayout.addLayout(self.unitForm)

        self.unitPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.unitPageLayout.addItem(self.unitPageSpacer)

        self.pages.addWidget(self.unitPage)
        self.signerPage = QWidget()
        self.signerPage.setObjectName(u"signerPage")
        self.signerPageLayout = QVBoxLayout(self.signerPage)
        self.signerPageLayout.setObjectName(u"signerPageLayout")
        self.signerIntro = QLabel(self.signerPage)
        self.signerIntro.setObjectName(u"signerIntro")
        self.signerIntro.setWordWrap(True)

        self.signerPageLayout.addWidget(self.signerIntro)

        self.signerForm = QFormLayout()
        self.signerForm.setObjectName(u"signerForm")
        self.signerForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signerForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.capacityLabel = QLabel(self.signerPage)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.signerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(self.signerPage)
        self.capacityCombo.setObjectName(u"capacityCombo")
        self.capacityCombo.setEditable(True)

        self.signerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.capacityCombo)

        self.signerTitleLabel = QLabel(self.signerPage)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.signerPage)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.signerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.signerPage)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.signerPage)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.signerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.suffixLabel = QLabel(self.signerPage)
        self.suffixLabel.setObjectName(u"suffixLabel")

        self.signerForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.suffixLabel)

        self.suffixEdit = QLineEdit(self.signerPage)
        self.suffixEdit.setObjectName(u"suffixEdit")

        self.signerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.suffixEdit)


        self.signerPageLayout.addLayout(self.signerForm)

        self.signerPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signerPageLayout.addItem(self.signerPageSpacer)

        self.pages.addWidget(self.signerPage)
        self.workPage = QWidget()
        self.workPage.setObjectName(u"workPage")
        self.workPageLayout = QVBoxLayout(self.workPage)
        self.workPageLayout.setObjectName(u"workPageLayout")
        self.workIntro = QLabel(self.workPage)
        self.workIntro.setObjectName(u"workIntro")
        self.workIntro.setWordWrap(True)

        self.workPageLayout.addWidget(self.workIntro)

        self.workForm = QFormLayout()
        self.workForm.setObjectName(u"workForm")
        self.workForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.workForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.campaignLabel = QLabel(self.workPage)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.workForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(self.workPage)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.workForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.campaignNote = QLabel(self.workPage)
        self.campaignNote.setObjectName(u"campaignNote")
        self.campaignNote.setWordWrap(True)

        self.workForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.campaignNote)

        self.backupLabel = QLabel(self.workPage)
        self.backupLabel.setObjectName(u"backupLabel")

        self.workForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupRow = QHBoxLayout()
        self.backupRow.setObjectName(u"backupRow")
        self.backupEdit = QLineEdit(self.workPage)
        self.backupEdit.setObjectName(u"backupEdit")
        self.backupEdit.setReadOnly(True)

        self.backupRow.addWidget(self.backupEdit)

        self.chooseBackupButton = QPushButton(self.workPage)
        self.chooseBackupButton.setObjectName(u"chooseBackupButton")

        self.backupRow.addWidget(self.chooseBackupButton)

        self.defaultBackupButton = QPushButton(self.workPage)
        self.defaultBackupButton.setObjectName(u"defaultBackupButton")

        self.backupRow.addWidget(self.defaultBackupButton)


        self.workForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.backupRow)

        self.backupNote = QLabel(self.workPage)
        self.backupNote.setObjectName(u"backupNote")
        self.backupNote.setWordWrap(True)

        self.workForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.backupNote)


        self.workPageLayout.addLayout(self.workForm)

        self.workPageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.workPageLayout.addItem(self.workPageSpacer)

        self.pages.addWidget(self.workPage)

        self.assistantLayout.addWidget(self.pages)

        self.errorLabel = QLabel(SetupAssistant)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setStyleSheet(u"color: #b00020;")
        self.errorLabel.setWordWrap(True)

        self.assistantLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.skipButton = QPushButton(SetupAssistant)
        self.skipButton.setObjectName(u"skipButton")
        self.skipButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.skipButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(SetupAssistant)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(SetupAssistant)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.finishButton = QPushButton(SetupAssistant)
        self.finishButton.setObjectName(u"finishButton")

        self.buttonRow.addWidget(self.finishButton)


        self.assistantLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.parentLabel.setBuddy(self.parentEdit)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.suffixLabel.setBuddy(self.suffixEdit)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.backupLabel.setBuddy(self.backupEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.parentEdit, self.unitNameEdit)
        QWidget.setTabOrder(self.unitNameEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.nextButton)

        self.retranslateUi(SetupAssistant)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupAssistant)
    # setupUi

    def retranslateUi(self, SetupAssistant):
        SetupAssistant.setWindowTitle(QCoreApplication.translate("SetupAssistant", u"Thi\u1ebft l\u1eadp ban \u0111\u1ea7u", None))
        self.stepLabel.setText(QCoreApplication.translate("SetupAssistant", u"B\u01b0\u1edbc 1/3: \u0110\u01a1n v\u1ecb c\u1ee7a b\u1ea1n", None))
        self.unitIntro.setText(QCoreApplication.translate("SetupAssistant", u"T\u00ean \u0111\u01a1n v\u1ecb, c\u01a1 quan c\u1ea5p tr\u00ean v\u00e0 \u0111\u1ecba danh \u0111\u01b0\u1ee3c in \u1edf \u0111\u1ea7u m\u1ecdi v\u0103n b\u1ea3n (quy\u1ebft \u0111\u1ecbnh, t\u1edd tr\u00ecnh, gi\u1ea5y ch\u1ee9ng nh\u1eadn). Nh\u1eadp \u0111\u00fang nh\u01b0 tr\u00ean con d\u1ea5u c\u1ee7a \u0111\u01a1n v\u1ecb.", None))
        self.parentLabel.setText(QCoreApplication.translate("SetupAssistant", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.parentEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: LI\u00caN \u0110O\u00c0N LAO \u0110\u1ed8NG T\u1ec8NH PH\u00da TH\u1ecc", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SetupAssistant", u"T\u00ean \u0111\u01a1n v\u1ecb (*):", None))
        self.unitNameEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: C\u00d4NG \u0110O\u00c0N C\u00d4NG TY C\u1ed4 PH\u1ea6N MAY S\u00d4NG H\u1ed2NG", None))
        self.placeLabel.setText(QCoreApplication.translate("SetupAssistant", u"\u0110\u1ecba danh ghi ng\u00e0y th\u00e1ng (*):", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: Vi\u1ec7t Tr\u00ec", None))
        self.provinceLabel.setText(QCoreApplication.translate("SetupAssistant", u"T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.levelLabel.setText(QCoreApplication.translate("SetupAssistant", u"C\u1ea5p c\u1ee7a \u0111\u01a1n v\u1ecb:", None))
        self.signerIntro.setText(QCoreApplication.translate("SetupAssistant", u"Ng\u01b0\u1eddi k\u00fd \u0111\u01b0\u1ee3c in \u1edf cu\u1ed1i quy\u1ebft \u0111\u1ecbnh v\u00e0 t\u1edd tr\u00ecnh. \u0110\u1ed5i \u0111\u01b0\u1ee3c b\u1ea5t c\u1ee9 l\u00fac n\u00e0o trong C\u00f4ng c\u1ee5 \u203a C\u00e0i \u0111\u1eb7t.", None))
        self.capacityLabel.setText(QCoreApplication.translate("SetupAssistant", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("SetupAssistant", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: CH\u1ee6 T\u1ecaCH", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SetupAssistant", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: Nguy\u1ec5n V\u0103n An", None))
        self.suffixLabel.setText(QCoreApplication.translate("SetupAssistant", u"K\u00fd hi\u1ec7u trong s\u1ed1 v\u0103n b\u1ea3n:", None))
        self.suffixEdit.setPlaceholderText(QCoreApplication.translate("SetupAssistant", u"V\u00ed d\u1ee5: C\u0110CS (s\u1ed1 12/Q\u0110-C\u0110CS)", None))
        self.workIntro.setText(QCoreApplication.translate("SetupAssistant", u"Ch\u1ecdn ch\u01b0\u01a1ng tr\u00ecnh thi \u0111ua \u0111\u01a1n v\u1ecb \u0111ang th\u1ef1c hi\u1ec7n v\u00e0 n\u01a1i l\u01b0u b\u1ea3n sao l\u01b0u.", None))
        self.campaignLabel.setText(QCoreApplication.translate("SetupAssistant", u"Ch\u01b0\u01a1ng tr\u00ecnh \u0111ang th\u1ef1c hi\u1ec7n:", None))
        self.campaignNote.setText(QCoreApplication.translate("SetupAssistant", u"H\u1ed3 s\u01a1 m\u1edbi \u0111\u01b0\u1ee3c t\u1ea1o theo ch\u01b0\u01a1ng tr\u00ecnh n\u00e0y; v\u1eabn \u0111\u1ed5i \u0111\u01b0\u1ee3c trong t\u1eebng h\u1ed3 s\u01a1. Kh\u00f4ng c\u00f3 ch\u01b0\u01a1ng tr\u00ecnh thi \u0111ua n\u00e0o \u0111ang m\u1edf th\u00ec ch\u1ecdn \u201cC\u1ea5p c\u01a1 s\u1edf\u201d: c\u00f4ng nh\u1eadn t\u1ea1i \u0111\u01a1n v\u1ecb v\u1eabn l\u00e0m \u0111\u1ee7.", None))
        self.backupLabel.setText(QCoreApplication.translate("SetupAssistant", u"N\u01a1i l\u01b0u b\u1ea3n sao l\u01b0u:", None))
        self.chooseBackupButton.setText(QCoreApplication.translate("SetupAssistant", u"&Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.defaultBackupButton.setText(QCoreApplication.translate("SetupAssistant", u"&M\u1eb7c \u0111\u1ecbnh", None))
#if QT_CONFIG(tooltip)
        self.defaultBackupButton.setToolTip(QCoreApplication.translate("SetupAssistant", u"Sao l\u01b0u v\u00e0o th\u01b0 m\u1ee5c \u201cbackups\u201d trong th\u01b0 m\u1ee5c d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.backupNote.setText(QCoreApplication.translate("SetupAssistant", u"Ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 sao l\u01b0u m\u1ed7i ng\u00e0y khi \u0111\u00e3 c\u00f3 d\u1eef li\u1ec7u. N\u00ean ch\u1ecdn m\u1ed9t \u1ed5 \u0111\u0129a kh\u00e1c ho\u1eb7c th\u01b0 m\u1ee5c \u0111\u01b0\u1ee3c \u0111\u1ed3ng b\u1ed9, \u0111\u1ec3 c\u00f2n b\u1ea3n sao khi m\u00e1y h\u1ecfng.", None))
        self.skipButton.setText(QCoreApplication.translate("SetupAssistant", u"&B\u1ecf qua, thi\u1ebft l\u1eadp sau", None))
#if QT_CONFIG(tooltip)
        self.skipButton.setToolTip(QCoreApplication.translate("SetupAssistant", u"M\u1edf l\u1ea1i tr\u1ee3 l\u00fd n\u00e0y trong C\u00f4ng c\u1ee5 \u203a C\u00e0i \u0111\u1eb7t. Ch\u01b0a c\u00f3 t\u00ean \u0111\u01a1n v\u1ecb th\u00ec ch\u01b0a in \u0111\u01b0\u1ee3c v\u0103n b\u1ea3n.", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("SetupAssistant", u"< &Quay l\u1ea1i", None))
        self.nextButton.setText(QCoreApplication.translate("SetupAssistant", u"&Ti\u1ebfp >", None))
        self.finishButton.setText(QCoreApplication.translate("SetupAssistant", u"&Xong", None))
    # retranslateUi

