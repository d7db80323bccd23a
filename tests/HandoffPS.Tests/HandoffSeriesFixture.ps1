# The fixture series shared by the Get-HandoffBlocker and Get-HandoffPriority suites. Dot-source it after
# TestUtilities.ps1, then call New-HandoffSeriesFixture in BeforeAll.
#
# Five handoffs written with New-Handoff -Date, on two branches, oldest first:
#
#   H1 2025-11-03 09:00 main         kickoff
#   H2 2025-11-04 10:00 main         token work
#   H3 2025-11-05 14:30 feat/charts  charts spike
#   H4 2025-11-06 09:15 main         security pass
#   H5 2025-11-07 17:00 main         release prep
#
# Blockers (by handoff):
#   Security: token TTL not agreed   H1 H2 H3 H4 H5   (H2 writes it 'security: Token TTL not agreed.')
#   CI: flaky on Windows             H1 .. .. H4 H5   (resolved on H2, back on H4)
#   Tech debt: old parser            H1 H2            (resolved on H3; on main only, on H4)
#   Design: colour palette undecided       H3         (resolved on H4)
#   Release: sign-off missing                      H5
#   Unclear whether the API is versioned           H5 (no category)
#
# Priorities and what the next handoff of the whole series says about them:
#   H1: Optimize token refresh   -> Done ('Optimized token refresh (500ms -> 40ms)')
#       Add integration tests    -> Dropped (H2 has 'Add unit tests for parser', a near miss)
#       Write API docs           -> CarriedOver ('Write the API docs')
#   H2: Write the API docs       -> Dropped
#       Security review          -> CarriedOver ('Security review'); on main only: Done in H4
#   H3: Finish charts            -> Dropped
#       Security review          -> Done ('Reviewed security')
#   H4: Release 1.0              -> CarriedOver ('Release 1.0')
#       Fix login bug            -> Dropped (H5 has 'Fixed logout bug', a near miss)
#   H5: Release 1.0, Publish to NuGet -> Pending

function New-HandoffSeriesFixture {
    [CmdletBinding()]
    [OutputType([string])]
    param()

    $repo = New-TestGitRepo
    $null = New-Handoff -Path $repo -Description 'kickoff' -Date '2025-11-03 09:00' `
        -NextPriority 'Optimize token refresh (500ms today)', 'Add integration tests', 'Write API docs' `
        -Blocker 'Security: token TTL not agreed', 'CI: flaky on Windows', 'Tech debt: old parser'
    $null = New-Handoff -Path $repo -Description 'token work' -Date '2025-11-04 10:00' `
        -Completed 'Optimized token refresh (500ms -> 40ms)', 'Add unit tests for parser' `
        -NextPriority 'Write the API docs', 'Security review (before release)' `
        -Blocker 'security: Token TTL not agreed.', 'Tech debt: old parser'

    $null = Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', '-b', 'feat/charts'
    $null = New-Handoff -Path $repo -Description 'charts spike' -Date '2025-11-05 14:30' `
        -Completed 'Chart.js prototype' `
        -NextPriority 'Finish charts', 'Security review' `
        -Blocker 'Security: token TTL not agreed', 'Design: colour palette undecided'
    $null = Invoke-TestGit -Path $repo -Arguments 'checkout', '-q', 'main'

    $null = New-Handoff -Path $repo -Description 'security pass' -Date '2025-11-06 09:15' `
        -Completed 'Reviewed security', 'API docs outline' `
        -NextPriority 'Release 1.0', 'Fix login bug' `
        -Blocker 'Security: token TTL not agreed', 'CI: flaky on Windows'
    $null = New-Handoff -Path $repo -Description 'release prep' -Date '2025-11-07 17:00' `
        -Completed 'Fixed logout bug' `
        -NextPriority 'Release 1.0', @{ Title = 'Publish to NuGet'; Reason = 'after sign-off'; Details = 'API key in the vault', 'Tag v1.0' } `
        -Blocker 'Security: token TTL not agreed', 'CI: flaky on Windows', 'Release: sign-off missing', 'Unclear whether the API is versioned'
    $repo
}
