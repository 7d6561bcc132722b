"""The Feedback tab: attendance and ratings, check-ins, recognition and the impact dashboard."""
