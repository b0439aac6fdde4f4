"""The council and its decisions: councils and members, meetings and scores, recognition decisions, the number register."""
