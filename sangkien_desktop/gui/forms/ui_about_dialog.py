# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSplitter, QTreeWidget, QVBoxLayout)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(780, 640)
        self.aboutLayout = QVBoxLayout(AboutDialog)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(72, 72))
        self.iconLabel.setMaximumSize(QSize(72, 72))

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(4)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(AboutDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"S\u00e1ng ki\u1ebfn Desktop")

        self.titleLayout.addWidget(self.titleLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.aboutLayout.addLayout(self.headerLayout)

        self.infoForm = QFormLayout()
        self.infoForm.setObjectName(u"infoForm")
        self.infoForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.versionCaption = QLabel(AboutDialog)
        self.versionCaption.setObjectName(u"versionCaption")

        self.infoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionLabel)

        self.dataDirCaption = QLabel(AboutDialog)
        self.dataDirCaption.setObjectName(u"dataDirCaption")

        self.infoForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dataDirCaption)

        self.dataDirLabel = QLabel(AboutDialog)
        self.dataDirLabel.setObjectName(u"dataDirLabel")
        self.dataDirLabel.setTextFormat(Qt.TextFormat.RichText)
        self.dataDirLabel.setWordWrap(True)
        self.dataDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dataDirLabel)

        self.backupsDirCaption = QLabel(AboutDialog)
        self.backupsDirCaption.setObjectName(u"backupsDirCaption")

        self.infoForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.backupsDirCaption)

        self.backupsDirLabel = QLabel(AboutDialog)
        self.backupsDirLabel.setObjectName(u"backupsDirLabel")
        self.backupsDirLabel.setTextFormat(Qt.TextFormat.RichText)
        self.backupsDirLabel.setWordWrap(True)
        self.backupsDirLabel.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.backupsDirLabel)

        self.runtimeCaption = QLabel(AboutDialog)
        self.runtimeCaption.setObjectName(u"runtimeCaption")

        self.infoForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.runtimeCaption)

        self.runtimeLabel = QLabel(AboutDialog)
        self.runtimeLabel.setObjectName(u"runtimeLabel")
        self.runtimeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.runtimeLabel)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.infoForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.infoForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.databaseLabel)


        self.aboutLayout.addLayout(self.infoForm)

        self.componentsCaption = QLabel(AboutDialog)
        self.componentsCaption.setObjectName(u"componentsCaption")
        self.componentsCaption.setWordWrap(True)

        self.aboutLayout.addWidget(self.componentsCaption)

        self.componentsSplitter = QSplitter(AboutDialog)
        self.componentsSplitter.setObjectName(u"componentsSplitter")
        self.componentsSplitter.setOrientation(Qt.Orientation.Vertical)
        self.componentsSplitter.setChildrenCollapsible(False)
        self.componentList = QTreeWidget(self.componentsSplitter)
        self.componentList.setObjectName(u"componentList")
        self.componentList.setMinimumSize(QSize(0, 120))
        self.componentList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.componentList.setRootIsDecorated(False)
        self.componentList.setUniformRowHeights(True)
        self.componentList.setAllColumnsShowFocus(True)
        self.componentsSplitter.addWidget(self.componentList)
        self.licenseText = QPlainTextEdit(self.componentsSplitter)
        self.licenseText.setObjectName(u"licenseText")
        self.licenseText.setReadOnly(True)
        self.licenseText.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.componentsSplitter.addWidget(self.licenseText)

        self.aboutLayout.addWidget(self.componentsSplitter)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.aboutLayout.addWidget(self.buttonBox)

        self.aboutLayout.setStretch(3, 1)

        self.retranslateUi(AboutDialog)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Gi\u1edbi thi\u1ec7u", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"Qu\u1ea3n l\u00fd h\u1ed3 s\u01a1 s\u00e1ng ki\u1ebfn cho c\u00f4ng \u0111o\u00e0n c\u01a1 s\u1edf. Ch\u01b0\u01a1ng tr\u00ecnh ch\u1ea1y ho\u00e0n to\u00e0n tr\u00ean m\u00e1y n\u00e0y, kh\u00f4ng c\u1ea7n m\u1ea1ng.", None))
        self.versionCaption.setText(QCoreApplication.translate("AboutDialog", u"Phi\u00ean b\u1ea3n:", None))
        self.dataDirCaption.setText(QCoreApplication.translate("AboutDialog", u"Th\u01b0 m\u1ee5c d\u1eef li\u1ec7u:", None))
#if QT_CONFIG(tooltip)
        self.dataDirLabel.setToolTip(QCoreApplication.translate("AboutDialog", u"B\u1ea5m \u0111\u1ec3 m\u1edf th\u01b0 m\u1ee5c trong tr\u00ecnh qu\u1ea3n l\u00fd t\u1ec7p", None))
#endif // QT_CONFIG(tooltip)
        self.backupsDirCaption.setText(QCoreApplication.translate("AboutDialog", u"Th\u01b0 m\u1ee5c sao l\u01b0u:", None))
#if QT_CONFIG(tooltip)
        self.backupsDirLabel.setToolTip(QCoreApplication.translate("AboutDialog", u"B\u1ea5m \u0111\u1ec3 m\u1edf th\u01b0 m\u1ee5c trong tr\u00ecnh qu\u1ea3n l\u00fd t\u1ec7p", None))
#endif // QT_CONFIG(tooltip)
        self.runtimeCaption.setText(QCoreApplication.translate("AboutDialog", u"N\u1ec1n t\u1ea3ng:", None))
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"D\u1eef li\u1ec7u \u0111ang m\u1edf:", None))
        self.componentsCaption.setText(QCoreApplication.translate("AboutDialog", u"Ph\u1ea7n m\u1ec1m ngu\u1ed3n m\u1edf \u0111i k\u00e8m v\u00e0 gi\u1ea5y ph\u00e9p c\u1ee7a ch\u00fang (ch\u1ecdn m\u1ed9t m\u1ee5c \u0111\u1ec3 xem to\u00e0n v\u0103n):", None))
        ___qtreewidgetitem = self.componentList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("AboutDialog", u"Gi\u1ea5y ph\u00e9p", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("AboutDialog", u"Th\u00e0nh ph\u1ea7n", None))
    # retranslateUi

