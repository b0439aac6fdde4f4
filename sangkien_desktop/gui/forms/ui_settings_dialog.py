# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(720, 660)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.settingsScroll = QScrollArea(SettingsDialog)
        self.settingsScroll.setObjectName(u"settingsScroll")
        self.settingsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settingsScroll.setWidgetResizable(True)
        self.settingsContents = QWidget()
        self.settingsContents.setObjectName(u"settingsContents")
        self.settingsContentsLayout = QVBoxLayout(self.settingsContents)
        self.settingsContentsLayout.setObjectName(u"settingsContentsLayout")
        self.settingsContentsLayout.setContentsMargins(0, 0, 0, 0)
        self.unitGroup = QGroupBox(self.settingsContents)
        self.unitGroup.setObjectName(u"unitGroup")
        self.unitForm = QFormLayout(self.unitGroup)
        self.unitForm.setObjectName(u"unitForm")
        self.unitForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parentLabel = QLabel(self.unitGroup)
        self.parentLabel.setObjectName(u"parentLabel")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentEdit = QLineEdit(self.unitGroup)
        self.parentEdit.setObjectName(u"parentEdit")

        self.unitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentEdit)

        self.unitNameLabel = QLabel(self.unitGroup)
        self.unitNameLabel.setObjectName(u"unitNameLabel")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitNameLabel)

        self.unitNameEdit = QLineEdit(self.unitGroup)
        self.unitNameEdit.setObjectName(u"unitNameEdit")

        self.unitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitNameEdit)

        self.suffixLabel = QLabel(self.unitGroup)
        self.suffixLabel.setObjectName(u"suffixLabel")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.suffixLabel)

        self.suffixEdit = QLineEdit(self.unitGroup)
        self.suffixEdit.setObjectName(u"suffixEdit")

        self.unitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.suffixEdit)

        self.placeLabel = QLabel(self.unitGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.unitGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.unitForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.provinceLabel = QLabel(self.unitGroup)
        self.provinceLabel.setObjectName(u"provinceLabel")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.provinceLabel)

        self.provinceCombo = QComboBox(self.unitGroup)
        self.provinceCombo.setObjectName(u"provinceCombo")

        self.unitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.provinceCombo)

        self.levelLabel = QLabel(self.unitGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.unitGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.unitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.capacityLabel = QLabel(self.unitGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.unitForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(self.unitGroup)
        self.capacityCombo.setObjectName(u"capacityCombo")
        self.capacityCombo.setEditable(True)

        self.unitForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacityCombo)

        self.signerTitleLabel = QLabel(self.unitGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.unitGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.unitForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.unitGroup)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.unitGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.unitForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)

        self.recipientsLabel = QLabel(self.unitGroup)
        self.recipientsLabel.setObjectName(u"recipientsLabel")

        self.unitForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.recipientsLabel)

        self.recipientsEdit = QPlainTextEdit(self.unitGroup)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setMaximumSize(QSize(16777215, 90))
        self.recipientsEdit.setTabChangesFocus(True)

        self.unitForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.recipientsEdit)


        self.settingsContentsLayout.addWidget(self.unitGroup)

        self.headGroup = QGroupBox(self.settingsContents)
        self.headGroup.setObjectName(u"headGroup")
        self.headForm = QFormLayout(self.headGroup)
        self.headForm.setObjectName(u"headForm")
        self.headForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employerLabel = QLabel(self.headGroup)
        self.employerLabel.setObjectName(u"employerLabel")

        self.headForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employerLabel)

        self.employerEdit = QLineEdit(self.headGroup)
        self.employerEdit.setObjectName(u"employerEdit")

        self.headForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employerEdit)

        self.headTitleLabel = QLabel(self.headGroup)
        self.headTitleLabel.setObjectName(u"headTitleLabel")

        self.headForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.headTitleLabel)

        self.headTitleEdit = QLineEdit(self.headGroup)
        self.headTitleEdit.setObjectName(u"headTitleEdit")

        self.headForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.headTitleEdit)

        self.employerSuffixLabel = QLabel(self.headGroup)
        self.employerSuffixLabel.setObjectName(u"employerSuffixLabel")

        self.headForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.employerSuffixLabel)

        self.employerSuffixEdit = QLineEdit(self.headGroup)
        self.employerSuffixEdit.setObjectName(u"employerSuffixEdit")

        self.headForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.employerSuffixEdit)

        self.addresseeLabel = QLabel(self.headGroup)
        self.addresseeLabel.setObjectName(u"addresseeLabel")

        self.headForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addresseeLabel)

        self.addresseeCombo = QComboBox(self.headGroup)
        self.addresseeCombo.setObjectName(u"addresseeCombo")
        self.addresseeCombo.setEditable(True)

        self.headForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addresseeCombo)


        self.settingsContentsLayout.addWidget(self.headGroup)

        self.userGroup = QGroupBox(self.settingsContents)
        self.userGroup.setObjectName(u"userGroup")
        self.userForm = QFormLayout(self.userGroup)
        self.userForm.setObjectName(u"userForm")
        self.userForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.userNameLabel = QLabel(self.userGroup)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.userNameEdit = QLineEdit(self.userGroup)
        self.userNameEdit.setObjectName(u"userNameEdit")

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userNameEdit)

        self.dataDirLabel = QLabel(self.userGroup)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirValue = QLabel(self.userGroup)
        self.dataDirValue.setObjectName(u"dataDirValue")
        self.dataDirValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dataDirValue.setWordWrap(True)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDirValue)

        self.languageLabel = QLabel(self.userGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.userForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.userGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.userGroup)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)
        self.languageNote.setStyleSheet(u"color: #5f6368;")

        self.userForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.databaseLabel = QLabel(self.userGroup)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.userForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.databaseRow = QHBoxLayout()
        self.databaseRow.setObjectName(u"databaseRow")
        self.databaseValue = QLabel(self.userGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.databaseValue.sizePolicy().hasHeightForWidth())
        self.databaseValue.setSizePolicy(sizePolicy)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.databaseValue.setWordWrap(True)

        self.databaseRow.addWidget(self.databaseValue)

        self.sharedDataButton = QPushButton(self.userGroup)
        self.sharedDataButton.setObjectName(u"sharedDataButton")

        self.databaseRow.addWidget(self.sharedDataButton)


        self.userForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.databaseRow)


        self.settingsContentsLayout.addWidget(self.userGroup)

        self.settingsScroll.setWidget(self.settingsContents)

        self.settingsLayout.addWidget(self.settingsScroll)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.settingsLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.setupButton = QPushButton(SettingsDialog)
        self.setupButton.setObjectName(u"setupButton")
        self.setupButton.setAutoDefault(False)

        self.bottomRow.addWidget(self.setupButton)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttonBox)


        self.settingsLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.parentLabel.setBuddy(self.parentEdit)
        self.unitNameLabel.setBuddy(self.unitNameEdit)
        self.suffixLabel.setBuddy(self.suffixEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.provinceLabel.setBuddy(self.provinceCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
        self.recipientsLabel.setBuddy(self.recipientsEdit)
        self.employerLabel.setBuddy(self.employerEdit)
        self.headTitleLabel.setBuddy(self.headTitleEdit)
        self.employerSuffixLabel.setBuddy(self.employerSuffixEdit)
        self.addresseeLabel.setBuddy(self.addresseeCombo)
        self.userNameLabel.setBuddy(self.userNameEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"C\u00e0i \u0111\u1eb7t", None))
        self.unitGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"\u0110\u01a1n v\u1ecb c\u1ee7a b\u1ea1n (d\u00f9ng trong v\u0103n b\u1ea3n)", None))
        self.parentLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.parentEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: LI\u00caN \u0110O\u00c0N LAO \u0110\u1ed8NG T\u1ec8NH PH\u00da TH\u1ecc", None))
        self.unitNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u00ean \u0111\u01a1n v\u1ecb (*):", None))
        self.unitNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: C\u00d4NG \u0110O\u00c0N C\u00d4NG TY C\u1ed4 PH\u1ea6N MAY S\u00d4NG H\u1ed2NG", None))
        self.suffixLabel.setText(QCoreApplication.translate("SettingsDialog", u"K\u00fd hi\u1ec7u trong s\u1ed1 v\u0103n b\u1ea3n:", None))
        self.suffixEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: C\u0110CS (s\u1ed1 12/Q\u0110-C\u0110CS)", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0110\u1ecba danh ghi ng\u00e0y th\u00e1ng (*):", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: Vi\u1ec7t Tr\u00ec", None))
        self.provinceLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u1ec9nh, th\u00e0nh ph\u1ed1:", None))
        self.levelLabel.setText(QCoreApplication.translate("SettingsDialog", u"C\u1ea5p c\u1ee7a \u0111\u01a1n v\u1ecb:", None))
        self.capacityLabel.setText(QCoreApplication.translate("SettingsDialog", u"Th\u1ea9m quy\u1ec1n k\u00fd:", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: CH\u1ee6 T\u1ecaCH", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.recipientsLabel.setText(QCoreApplication.translate("SettingsDialog", u"N\u01a1i nh\u1eadn th\u01b0\u1eddng d\u00f9ng:", None))
        self.recipientsEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"M\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i nh\u1eadn", None))
        self.headGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"C\u01a1 quan, \u0111\u01a1n v\u1ecb c\u00f3 th\u1ee7 tr\u01b0\u1edfng x\u00e9t c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn", None))
        self.employerLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u00ean c\u01a1 quan, \u0111\u01a1n v\u1ecb:", None))
        self.employerEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: C\u00f4ng ty C\u1ed5 ph\u1ea7n May Vi\u1ec7t Ti\u1ebfn (\u0111\u1ec3 tr\u1ed1ng: \u0111\u1ecdc t\u1eeb t\u00ean c\u00f4ng \u0111o\u00e0n)", None))
        self.headTitleLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ch\u1ee9c danh th\u1ee7 tr\u01b0\u1edfng:", None))
        self.headTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: Gi\u00e1m \u0111\u1ed1c, Hi\u1ec7u tr\u01b0\u1edfng", None))
        self.employerSuffixLabel.setText(QCoreApplication.translate("SettingsDialog", u"K\u00fd hi\u1ec7u tr\u00ean v\u0103n b\u1ea3n c\u1ee7a th\u1ee7 tr\u01b0\u1edfng:", None))
        self.employerSuffixEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"V\u00ed d\u1ee5: CTY (\u0111\u1ec3 tr\u1ed1ng: ch\u1eef \u0111\u1ea7u c\u1ee7a t\u00ean)", None))
        self.addresseeLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u0110\u01a1n y\u00eau c\u1ea7u c\u00f4ng nh\u1eadn g\u1eedi t\u1edbi:", None))
#if QT_CONFIG(tooltip)
        self.addresseeCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Ng\u01b0\u1eddi ho\u1eb7c t\u1ed5 ch\u1ee9c \u0111\u01b0\u1ee3c y\u00eau c\u1ea7u c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn, theo quy ch\u1ebf c\u1ee7a \u0111\u01a1n v\u1ecb; c\u00f3 th\u1ec3 g\u00f5 n\u1ed9i dung kh\u00e1c", None))
#endif // QT_CONFIG(tooltip)
        self.userGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"M\u00e1y t\u00ednh n\u00e0y", None))
        self.userNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"T\u00ean ng\u01b0\u1eddi s\u1eed d\u1ee5ng:", None))
        self.userNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Ghi v\u00e0o l\u1ecbch s\u1eed thay \u0111\u1ed5i h\u1ed3 s\u01a1", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SettingsDialog", u"Th\u01b0 m\u1ee5c d\u1eef li\u1ec7u:", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef giao di\u1ec7n (Interface language):", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef c\u1ee7a menu, n\u00fat b\u1ea5m v\u00e0 th\u00f4ng b\u00e1o. V\u0103n b\u1ea3n in ra lu\u00f4n b\u1eb1ng ti\u1ebfng Vi\u1ec7t.", None))
#endif // QT_CONFIG(tooltip)
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"Ng\u00f4n ng\u1eef m\u1edbi \u0111\u01b0\u1ee3c d\u00f9ng t\u1eeb l\u1ea7n m\u1edf ch\u01b0\u01a1ng tr\u00ecnh sau. V\u0103n b\u1ea3n in ra lu\u00f4n b\u1eb1ng ti\u1ebfng Vi\u1ec7t.", None))
        self.databaseLabel.setText(QCoreApplication.translate("SettingsDialog", u"D\u1eef li\u1ec7u \u0111ang d\u00f9ng:", None))
        self.sharedDataButton.setText(QCoreApplication.translate("SettingsDialog", u"D\u1eef li\u1ec7u &d\u00f9ng chung\u2026", None))
#if QT_CONFIG(tooltip)
        self.sharedDataButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"D\u00f9ng d\u1eef li\u1ec7u ri\u00eang tr\u00ean m\u00e1y n\u00e0y, ho\u1eb7c d\u1eef li\u1ec7u d\u00f9ng chung tr\u00ean m\u00e1y ch\u1ee7 PostgreSQL \u0111\u1ec3 nhi\u1ec1u c\u00e1n b\u1ed9 c\u00f9ng l\u00e0m", None))
#endif // QT_CONFIG(tooltip)
        self.setupButton.setText(QCoreApplication.translate("SettingsDialog", u"Tr\u1ee3 l\u00fd &thi\u1ebft l\u1eadp\u2026", None))
#if QT_CONFIG(tooltip)
        self.setupButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"M\u1edf l\u1ea1i tr\u1ee3 l\u00fd thi\u1ebft l\u1eadp ban \u0111\u1ea7u: \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi k\u00fd, ch\u01b0\u01a1ng tr\u00ecnh v\u00e0 n\u01a1i l\u01b0u b\u1ea3n sao l\u01b0u", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

