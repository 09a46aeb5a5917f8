//! What a key can ask for. Keys become actions through the keymap; `update` carries
//! them out. Text typed into an input is not an action: it goes to the input itself.

/// An imperative verb the interface understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Move the row cursor down one project.
    SelectNext,
    /// Move the row cursor up one project.
    SelectPrevious,
    /// Jump to the first project.
    SelectFirst,
    /// Jump to the last project.
    SelectLast,
    /// Move down one screen.
    PageDown,
    /// Move up one screen.
    PageUp,
    /// Move down half a screen.
    HalfPageDown,
    /// Move up half a screen.
    HalfPageUp,
    /// Move the column cursor right.
    NextColumn,
    /// Move the column cursor left.
    PreviousColumn,
    /// Edit the cell under the cursor.
    StartEdit,
    /// Save what was typed (or picked).
    CommitEdit,
    /// Drop what was typed and leave the input.
    CancelEdit,
    /// Open (or close) the detail of the selected project.
    ToggleDetail,
    /// Open the form to add a project.
    AddProject,
    /// Open the form to add a dated update to the selected project.
    AddUpdate,
    /// Delete the selected project (asks first).
    DeleteProject,
    /// Take back your last change (also one made before a restart).
    Undo,
    /// Make again the change you last took back.
    Redo,
    /// Attach a source to a figure (status, investment, jobs): the figure under the
    /// cursor, or the one whose source an edit has just cleared.
    PickSource,
    /// Yes: go ahead with what was asked.
    Confirm,
    /// Start searching as you type.
    StartSearch,
    /// Open the filter by status, country and sector.
    OpenFilter,
    /// Tick or untick the option under the cursor.
    ToggleOption,
    /// Clear every filter and the search.
    ClearFilters,
    /// Sort by the column under the cursor; again to reverse.
    SortByColumn,
    /// Move to the next field of a form.
    NextField,
    /// Move to the previous field of a form.
    PreviousField,
    /// Save the form.
    SubmitForm,
    /// Choose any field of the project to edit, from a menu of all of them.
    EditAnyField,
    /// Scroll the detail down.
    ScrollDown,
    /// Scroll the detail up.
    ScrollUp,
    /// Scroll the detail a page down.
    ScrollPageDown,
    /// Scroll the detail a page up.
    ScrollPageUp,
    /// Scroll the detail to its top.
    ScrollTop,
    /// Scroll the detail to its end.
    ScrollBottom,
    /// Open the summary: totals by group, charts, tracked against reported.
    OpenSummary,
    /// Group the summary by the next of status, country, sector.
    CycleGrouping,
    /// Open the projects table filtered to the selected group.
    ShowGroup,
    /// Open the activity: what was entered lately, newest first.
    OpenActivity,
    /// Switch the summary's reported figures between their table and the trend's chart.
    ToggleTrendChart,
    /// Open the map: where the projects shown stand.
    OpenMap,
    /// Look back over the next window: 7, 30 or 90 days.
    CycleWindow,
    /// Open the project of the selected entry in the table, with its detail.
    ShowProject,
    /// Show or hide the keys of this screen.
    ToggleHelp,
    /// Leave the current screen, popup or input.
    Back,
    /// Quit ortaq.
    Quit,
}
