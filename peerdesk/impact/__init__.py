"""Impact of a pilot: attendance and feedback, competency check-ins, KPIs and the leadership report."""
