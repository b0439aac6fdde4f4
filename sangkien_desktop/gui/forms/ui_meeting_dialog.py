# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(1180, 740)
        self.meetingLayout = QVBoxLayout(MeetingDialog)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.councilLabel = QLabel(MeetingDialog)
        self.councilLabel.setObjectName(u"councilLabel")

        self.topRow.addWidget(self.councilLabel)

        self.councilCombo = QComboBox(MeetingDialog)
        self.councilCombo.setObjectName(u"councilCombo")
        self.councilCombo.setMinimumSize(QSize(320, 0))

        self.topRow.addWidget(self.councilCombo)

        self.meetingLabel = QLabel(MeetingDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.topRow.addWidget(self.meetingLabel)

        self.meetingCombo = QComboBox(MeetingDialog)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setMinimumSize(QSize(300, 0))

        self.topRow.addWidget(self.meetingCombo)

        self.newMeetingButton = QPushButton(MeetingDialog)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.topRow.addWidget(self.newMeetingButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)


        self.meetingLayout.addLayout(self.topRow)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.meetingTab = QWidget()
        self.meetingTab.setObjectName(u"meetingTab")
        self.meetingTabLayout = QVBoxLayout(self.meetingTab)
        self.meetingTabLayout.setObjectName(u"meetingTabLayout")
        self.meetingGrid = QGridLayout()
        self.meetingGrid.setObjectName(u"meetingGrid")
        self.dateLabel = QLabel(self.meetingTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.meetingGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QLineEdit(self.meetingTab)
        self.dateEdit.setObjectName(u"dateEdit")

        self.meetingGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.minutesNumberLabel = QLabel(self.meetingTab)
        self.minutesNumberLabel.setObjectName(u"minutesNumberLabel")

        self.meetingGrid.addWidget(self.minutesNumberLabel, 0, 2, 1, 1)

        self.minutesNumberEdit = QLineEdit(self.meetingTab)
        self.minutesNumberEdit.setObjectName(u"minutesNumberEdit")

        self.meetingGrid.addWidget(self.minutesNumberEdit, 0, 3, 1, 1)

        self.placeLabel = QLabel(self.meetingTab)
        self.placeLabel.setObjectName(u"placeLabel")

        self.meetingGrid.addWidget(self.placeLabel, 1, 0, 1, 1)

        self.placeEdit = QLineEdit(self.meetingTab)
        self.placeEdit.setObjectName(u"placeEdit")

        self.meetingGrid.addWidget(self.placeEdit, 1, 1, 1, 3)

        self.startLabel = QLabel(self.meetingTab)
        self.startLabel.setObjectName(u"startLabel")

        self.meetingGrid.addWidget(self.startLabel, 2, 0, 1, 1)

        self.startEdit = QLineEdit(self.meetingTab)
        self.startEdit.setObjectName(u"startEdit")

        self.meetingGrid.addWidget(self.startEdit, 2, 1, 1, 1)

        self.endLabel = QLabel(self.meetingTab)
        self.endLabel.setObjectName(u"endLabel")

        self.meetingGrid.addWidget(self.endLabel, 2, 2, 1, 1)

        self.endEdit = QLineEdit(self.meetingTab)
        self.endEdit.setObjectName(u"endEdit")

        self.meetingGrid.addWidget(self.endEdit, 2, 3, 1, 1)

        self.agendaLabel = QLabel(self.meetingTab)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.meetingGrid.addWidget(self.agendaLabel, 3, 0, 1, 1)

        self.agendaEdit = QLineEdit(self.meetingTab)
        self.agendaEdit.setObjectName(u"agendaEdit")

        self.meetingGrid.addWidget(self.agendaEdit, 3, 1, 1, 3)

        self.conclusionLabel = QLabel(self.meetingTab)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.meetingGrid.addWidget(self.conclusionLabel, 4, 0, 1, 1)

        self.conclusionEdit = QLineEdit(self.meetingTab)
        self.conclusionEdit.setObjectName(u"conclusionEdit")

        self.meetingGrid.addWidget(self.conclusionEdit, 4, 1, 1, 2)

        self.conclusionButton = QPushButton(self.meetingTab)
        self.conclusionButton.setObjectName(u"conclusionButton")

        self.meetingGrid.addWidget(self.conclusionButton, 4, 3, 1, 1)


        self.meetingTabLayout.addLayout(self.meetingGrid)

        self.attendanceHeading = QLabel(self.meetingTab)
        self.attendanceHeading.setObjectName(u"attendanceHeading")

        self.meetingTabLayout.addWidget(self.attendanceHeading)

        self.attendanceTable = QTableWidget(self.meetingTab)
        self.attendanceTable.setObjectName(u"attendanceTable")
        self.attendanceTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendanceTable.horizontalHeader().setStretchLastSection(True)
        self.attendanceTable.verticalHeader().setVisible(False)

        self.meetingTabLayout.addWidget(self.attendanceTable)

        self.quorumLabel = QLabel(self.meetingTab)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)
        self.quorumLabel.setTextFormat(Qt.TextFormat.RichText)

        self.meetingTabLayout.addWidget(self.quorumLabel)

        self.tabs.addTab(self.meetingTab, "")
        self.dossiersTab = QWidget()
        self.dossiersTab.setObjectName(u"dossiersTab")
        self.dossiersTabLayout = QHBoxLayout(self.dossiersTab)
        self.dossiersTabLayout.setObjectName(u"dossiersTabLayout")
        self.availableColumn = QVBoxLayout()
        self.availableColumn.setObjectName(u"availableColumn")
        self.availableHeading = QLabel(self.dossiersTab)
        self.availableHeading.setObjectName(u"availableHeading")

        self.availableColumn.addWidget(self.availableHeading)

        self.availableList = QListWidget(self.dossiersTab)
        self.availableList.setObjectName(u"availableList")
        self.availableList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.availableColumn.addWidget(self.availableList)

        self.includeDraftsCheck = QCheckBox(self.dossiersTab)
        self.includeDraftsCheck.setObjectName(u"includeDraftsCheck")

        self.availableColumn.addWidget(self.includeDraftsCheck)


        self.dossiersTabLayout.addLayout(self.availableColumn)

        self.moveButtons = QVBoxLayout()
        self.moveButtons.setObjectName(u"moveButtons")
        self.moveSpacerTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacerTop)

        self.addDossierButton = QPushButton(self.dossiersTab)
        self.addDossierButton.setObjectName(u"addDossierButton")

        self.moveButtons.addWidget(self.addDossierButton)

        self.removeDossierButton = QPushButton(self.dossiersTab)
        self.removeDossierButton.setObjectName(u"removeDossierButton")

        self.moveButtons.addWidget(self.removeDossierButton)

        self.upDossierButton = QPushButton(self.dossiersTab)
        self.upDossierButton.setObjectName(u"upDossierButton")

        self.moveButtons.addWidget(self.upDossierButton)

        self.downDossierButton = QPushButton(self.dossiersTab)
        self.downDossierButton.setObjectName(u"downDossierButton")

        self.moveButtons.addWidget(self.downDossierButton)

        self.moveSpacerBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.moveButtons.addItem(self.moveSpacerBottom)


        self.dossiersTabLayout.addLayout(self.moveButtons)

        self.consideredColumn = QVBoxLayout()
        self.consideredColumn.setObjectName(u"consideredColumn")
        self.consideredHeading = QLabel(self.dossiersTab)
        self.consideredHeading.setObjectName(u"consideredHeading")

        self.consideredColumn.addWidget(self.consideredHeading)

        self.consideredList = QListWidget(self.dossiersTab)
        self.consideredList.setObjectName(u"consideredList")

        self.consideredColumn.addWidget(self.consideredList)


        self.dossiersTabLayout.addLayout(self.consideredColumn)

        self.tabs.addTab(self.dossiersTab, "")
        self.scoringTab = QWidget()
        self.scoringTab.setObjectName(u"scoringTab")
        self.scoringTabLayout = QVBoxLayout(self.scoringTab)
        self.scoringTabLayout.setObjectName(u"scoringTabLayout")
        self.scoringTop = QHBoxLayout()
        self.scoringTop.setObjectName(u"scoringTop")
        self.scoringDossierLabel = QLabel(self.scoringTab)
        self.scoringDossierLabel.setObjectName(u"scoringDossierLabel")

        self.scoringTop.addWidget(self.scoringDossierLabel)

        self.scoringDossierCombo = QComboBox(self.scoringTab)
        self.scoringDossierCombo.setObjectName(u"scoringDossierCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scoringDossierCombo.sizePolicy().hasHeightForWidth())
        self.scoringDossierCombo.setSizePolicy(sizePolicy)

        self.scoringTop.addWidget(self.scoringDossierCombo)

        self.dropExtremesCheck = QCheckBox(self.scoringTab)
        self.dropExtremesCheck.setObjectName(u"dropExtremesCheck")

        self.scoringTop.addWidget(self.dropExtremesCheck)


        self.scoringTabLayout.addLayout(self.scoringTop)

        self.scoringHintRow = QHBoxLayout()
        self.scoringHintRow.setObjectName(u"scoringHintRow")
        self.scoringHint = QLabel(self.scoringTab)
        self.scoringHint.setObjectName(u"scoringHint")
        self.scoringHint.setWordWrap(True)

        self.scoringHintRow.addWidget(self.scoringHint)

        self.correctSheetButton = QPushButton(self.scoringTab)
        self.correctSheetButton.setObjectName(u"correctSheetButton")

        self.scoringHintRow.addWidget(self.correctSheetButton)

        self.scoringHintRow.setStretch(0, 1)

        self.scoringTabLayout.addLayout(self.scoringHintRow)

        self.scoreTable = QTableWidget(self.scoringTab)
        self.scoreTable.setObjectName(u"scoreTable")
        self.scoreTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoreTable.horizontalHeader().setStretchLastSection(True)
        self.scoreTable.verticalHeader().setVisible(False)

        self.scoringTabLayout.addWidget(self.scoreTable)

        self.resultLabel = QLabel(self.scoringTab)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextFormat(Qt.TextFormat.RichText)

        self.scoringTabLayout.addWidget(self.resultLabel)

        self.disagreeLabel = QLabel(self.scoringTab)
        self.disagreeLabel.setObjectName(u"disagreeLabel")
        self.disagreeLabel.setWordWrap(True)
        self.disagreeLabel.setVisible(False)
        self.disagreeLabel.setStyleSheet(u"QLabel { color: #7a4b00; background: #fff4d6; border: 1px solid #e8c877; padding: 6px; }")

        self.scoringTabLayout.addWidget(self.disagreeLabel)

        self.resultsHeading = QLabel(self.scoringTab)
        self.resultsHeading.setObjectName(u"resultsHeading")

        self.scoringTabLayout.addWidget(self.resultsHeading)

        self.resultsTable = QTableWidget(self.scoringTab)
        self.resultsTable.setObjectName(u"resultsTable")
        self.resultsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.resultsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)

        self.scoringTabLayout.addWidget(self.resultsTable)

        self.tabs.addTab(self.scoringTab, "")

        self.meetingLayout.addWidget(self.tabs)

        self.lockRow = QHBoxLayout()
        self.lockRow.setObjectName(u"lockRow")
        self.lockedLabel = QLabel(MeetingDialog)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setVisible(False)
        self.lockedLabel.setWordWrap(True)
        self.lockedLabel.setStyleSheet(u"QLabel { color: #1f3d66; background: #e8f0fb; border: 1px solid #a8c0e0; padding: 6px; }")

        self.lockRow.addWidget(self.lockedLabel)

        self.reopenButton = QPushButton(MeetingDialog)
        self.reopenButton.setObjectName(u"reopenButton")
        self.reopenButton.setVisible(False)

        self.lockRow.addWidget(self.reopenButton)


        self.meetingLayout.addLayout(self.lockRow)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"QLabel { color: #8b0000; background: #fde8e8; border: 1px solid #e0a0a0; padding: 6px; }")

        self.meetingLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.printSheetsButton = QPushButton(MeetingDialog)
        self.printSheetsButton.setObjectName(u"printSheetsButton")

        self.bottomRow.addWidget(self.printSheetsButton)

        self.printMinutesButton = QPushButton(MeetingDialog)
        self.printMinutesButton.setObjectName(u"printMinutesButton")

        self.bottomRow.addWidget(self.printMinutesButton)

        self.historyButton = QPushButton(MeetingDialog)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomRow.addWidget(self.historyButton)

        self.finishButton = QPushButton(MeetingDialog)
        self.finishButton.setObjectName(u"finishButton")

        self.bottomRow.addWidget(self.finishButton)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.saveButton = QPushButton(MeetingDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)

        self.closeButton = QPushButton(MeetingDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.bottomRow.addWidget(self.closeButton)


        self.meetingLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.councilLabel.setBuddy(self.councilCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.minutesNumberLabel.setBuddy(self.minutesNumberEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.conclusionLabel.setBuddy(self.conclusionEdit)
        self.scoringDossierLabel.setBuddy(self.scoringDossierCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        self.tabs.setCurrentIndex(0)
        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Cu\u1ed9c h\u1ecdp v\u00e0 ch\u1ea5m \u0111i\u1ec3m", None))
        self.councilLabel.setText(QCoreApplication.translate("MeetingDialog", u"&H\u1ed9i \u0111\u1ed3ng:", None))
        self.meetingLabel.setText(QCoreApplication.translate("MeetingDialog", u"Cu\u1ed9c &h\u1ecdp:", None))
        self.newMeetingButton.setText(QCoreApplication.translate("MeetingDialog", u"Cu\u1ed9c h\u1ecdp &m\u1edbi", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Ng\u00e0y h\u1ecdp:", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"dd/mm/yyyy", None))
        self.minutesNumberLabel.setText(QCoreApplication.translate("MeetingDialog", u"S\u1ed1 bi\u00ean b\u1ea3n:", None))
        self.minutesNumberEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"03/BB-H\u0110SK", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u0110\u1ecba \u0111i\u1ec3m:", None))
        self.startLabel.setText(QCoreApplication.translate("MeetingDialog", u"B\u1eaft \u0111\u1ea7u:", None))
        self.startEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"14 gi\u1edd 00", None))
        self.endLabel.setText(QCoreApplication.translate("MeetingDialog", u"K\u1ebft th\u00fac:", None))
        self.endEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"16 gi\u1edd 30", None))
        self.agendaLabel.setText(QCoreApplication.translate("MeetingDialog", u"N\u1ed9i dung h\u1ecdp:", None))
        self.agendaEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"X\u00e9t c\u00f4ng nh\u1eadn s\u00e1ng ki\u1ebfn n\u0103m \u2026", None))
        self.conclusionLabel.setText(QCoreApplication.translate("MeetingDialog", u"K\u1ebft lu\u1eadn:", None))
#if QT_CONFIG(tooltip)
        self.conclusionEdit.setToolTip(QCoreApplication.translate("MeetingDialog", u"\u0110\u1ec3 tr\u1ed1ng: bi\u00ean b\u1ea3n in k\u1ebft lu\u1eadn so\u1ea1n t\u1eeb \u0111i\u1ec3m v\u00e0 s\u1ed1 phi\u1ebfu t\u00e1n th\u00e0nh (ch\u1eef m\u1edd trong \u00f4). Th\u01b0 k\u00fd c\u00f3 th\u1ec3 s\u1eeda tr\u01b0\u1edbc khi in.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.conclusionButton.setToolTip(QCoreApplication.translate("MeetingDialog", u"Ch\u00e9p k\u1ebft lu\u1eadn so\u1ea1n t\u1eeb \u0111i\u1ec3m v\u00e0 s\u1ed1 phi\u1ebfu v\u00e0o \u00f4 \u0111\u1ec3 s\u1eeda", None))
#endif // QT_CONFIG(tooltip)
        self.conclusionButton.setText(QCoreApplication.translate("MeetingDialog", u"So\u1ea1n t\u1eeb &k\u1ebft qu\u1ea3", None))
        self.attendanceHeading.setText(QCoreApplication.translate("MeetingDialog", u"<b>\u0110i\u1ec3m danh</b> \u2014 b\u1ecf d\u1ea5u \u201cC\u00f3 m\u1eb7t\u201d \u1edf th\u00e0nh vi\u00ean v\u1eafng v\u00e0 ghi l\u00fd do", None))
        self.tabs.setTabText(self.tabs.indexOf(self.meetingTab), QCoreApplication.translate("MeetingDialog", u"Cu\u1ed9c h\u1ecdp v\u00e0 \u0111i\u1ec3m danh", None))
        self.availableHeading.setText(QCoreApplication.translate("MeetingDialog", u"<b>H\u1ed3 s\u01a1 \u0111\u00e3 n\u1ed9p, ch\u01b0a c\u00f4ng nh\u1eadn</b>", None))
        self.includeDraftsCheck.setText(QCoreApplication.translate("MeetingDialog", u"Hi\u1ec7n c\u1ea3 h\u1ed3 s\u01a1 &nh\u00e1p", None))
        self.addDossierButton.setText(QCoreApplication.translate("MeetingDialog", u"&Th\u00eam \u203a", None))
        self.removeDossierButton.setText(QCoreApplication.translate("MeetingDialog", u"\u2039 &B\u1ecf", None))
        self.upDossierButton.setText(QCoreApplication.translate("MeetingDialog", u"L\u00ean", None))
        self.downDossierButton.setText(QCoreApplication.translate("MeetingDialog", u"Xu\u1ed1ng", None))
        self.consideredHeading.setText(QCoreApplication.translate("MeetingDialog", u"<b>H\u1ed3 s\u01a1 H\u1ed9i \u0111\u1ed3ng xem x\u00e9t t\u1ea1i cu\u1ed9c h\u1ecdp</b>", None))
        self.tabs.setTabText(self.tabs.indexOf(self.dossiersTab), QCoreApplication.translate("MeetingDialog", u"H\u1ed3 s\u01a1 xem x\u00e9t", None))
        self.scoringDossierLabel.setText(QCoreApplication.translate("MeetingDialog", u"H\u1ed3 &s\u01a1:", None))
        self.dropExtremesCheck.setText(QCoreApplication.translate("MeetingDialog", u"B\u1ecf phi\u1ebfu cao nh\u1ea5t v\u00e0 th\u1ea5p nh\u1ea5t", None))
        self.scoringHint.setText(QCoreApplication.translate("MeetingDialog", u"M\u1ed7i d\u00f2ng l\u00e0 phi\u1ebfu c\u1ee7a m\u1ed9t th\u00e0nh vi\u00ean c\u00f3 m\u1eb7t. Nh\u1eadp \u0111i\u1ec3m t\u1eebng ti\u00eau ch\u00ed (v\u00ed d\u1ee5 27,5); d\u00f2ng \u0111\u1ec3 tr\u1ed1ng l\u00e0 ch\u01b0a c\u00f3 phi\u1ebfu. Phi\u1ebfu \u0111\u00e3 nh\u1eadp \u0111\u01b0\u1ee3c \u1ea9n (\u2022\u2022\u2022) cho \u0111\u1ebfn khi m\u1ecdi th\u00e0nh vi\u00ean ch\u1ea5m xong; mu\u1ed1n s\u1eeda, ch\u1ecdn d\u00f2ng r\u1ed3i b\u1ea5m \u201cS\u1eeda phi\u1ebfu \u0111\u00e3 nh\u1eadp\u2026\u201d.", None))
        self.correctSheetButton.setText(QCoreApplication.translate("MeetingDialog", u"S\u1eeda &phi\u1ebfu \u0111\u00e3 nh\u1eadp\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctSheetButton.setToolTip(QCoreApplication.translate("MeetingDialog", u"M\u1edf l\u1ea1i phi\u1ebfu c\u1ee7a th\u00e0nh vi\u00ean \u0111ang ch\u1ecdn \u0111\u1ec3 s\u1eeda khi c\u00e1c th\u00e0nh vi\u00ean kh\u00e1c ch\u01b0a ch\u1ea5m xong; vi\u1ec7c s\u1eeda \u0111\u01b0\u1ee3c ghi v\u00e0o l\u1ecbch s\u1eed cu\u1ed9c h\u1ecdp.", None))
#endif // QT_CONFIG(tooltip)
        self.resultsHeading.setText(QCoreApplication.translate("MeetingDialog", u"<b>T\u1ed5ng h\u1ee3p c\u00e1c h\u1ed3 s\u01a1 c\u1ee7a cu\u1ed9c h\u1ecdp</b>", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scoringTab), QCoreApplication.translate("MeetingDialog", u"Ch\u1ea5m \u0111i\u1ec3m", None))
        self.reopenButton.setText(QCoreApplication.translate("MeetingDialog", u"&M\u1edf l\u1ea1i cu\u1ed9c h\u1ecdp\u2026", None))
        self.printSheetsButton.setText(QCoreApplication.translate("MeetingDialog", u"In &phi\u1ebfu \u0111\u00e1nh gi\u00e1 tr\u1ed1ng\u2026", None))
        self.printMinutesButton.setText(QCoreApplication.translate("MeetingDialog", u"In &bi\u00ean b\u1ea3n\u2026", None))
        self.historyButton.setText(QCoreApplication.translate("MeetingDialog", u"&L\u1ecbch s\u1eed thay \u0111\u1ed5i\u2026", None))
#if QT_CONFIG(tooltip)
        self.finishButton.setToolTip(QCoreApplication.translate("MeetingDialog", u"L\u01b0u v\u00e0 k\u1ebft th\u00fac cu\u1ed9c h\u1ecdp: k\u1ebft qu\u1ea3, phi\u1ebfu, xung \u0111\u1ed9t l\u1ee3i \u00edch v\u00e0 quy t\u1eafc bi\u1ec3u quy\u1ebft \u0111\u01b0\u1ee3c kh\u00f3a nh\u01b0 l\u00fac H\u1ed9i \u0111\u1ed3ng k\u1ebft lu\u1eadn.", None))
#endif // QT_CONFIG(tooltip)
        self.finishButton.setText(QCoreApplication.translate("MeetingDialog", u"&K\u1ebft th\u00fac h\u1ecdp, kh\u00f3a k\u1ebft qu\u1ea3\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("MeetingDialog", u"&L\u01b0u cu\u1ed9c h\u1ecdp", None))
        self.closeButton.setText(QCoreApplication.translate("MeetingDialog", u"\u0110\u00f3n&g", None))
    # retranslateUi

