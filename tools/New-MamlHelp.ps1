#Requires -Version 7.2
<#
.SYNOPSIS
Generates MAML help (<Assembly>.dll-Help.xml) for the cmdlets of a built binary module from the C#
XML documentation file and the cmdlets' own metadata.

.DESCRIPTION
platyPS is not available to this build, so this script writes the MAML that Get-Help reads. Run it in
a fresh pwsh process: it imports the module.

Text comes from the XML documentation file that the compiler writes (GenerateDocumentationFile):
  on the cmdlet class
    <summary>   the synopsis (one sentence)
    <remarks>   the description; each <para> is a paragraph
    <example>   one example each: <code> is the command, <para> elements explain it
    <seealso cref="..."/>  becomes a related link when it names another cmdlet of the module
  on each parameter property
    <summary>   the parameter's description
    <value>     the default value shown by Get-Help (optional)
Inline <c>, <see cref/langword/href>, <paramref> become plain text; <list> items become '- ' lines;
<code> inside <remarks> or <summary> is kept as its own paragraph with its line breaks.

Everything else comes from Get-Command: parameter names, types, Mandatory, Position, pipeline input,
aliases, wildcards, ValidateSet/enum values, one syntax item per parameter set (the default set
first) and [OutputType]. Common parameters are left to Get-Help's [<CommonParameters>]; WhatIf and
Confirm are documented like any other parameter.

A cmdlet or parameter without documentation is reported as a warning; the help is still written.

.PARAMETER ModulePath
Path of the module to document (its .psd1, or the .dll).

.PARAMETER XmlDocPath
The XML documentation file(s). Default: <assembly name>.xml beside each cmdlet assembly.

.PARAMETER OutputPath
The MAML file to write. Default: <module folder>/en-US/<assembly file name>-Help.xml. When the
cmdlets come from more than one assembly, give a folder instead (or nothing).

.EXAMPLE
pwsh -NoProfile -File tools/New-MamlHelp.ps1 -ModulePath "$PWD/out/HandoffPS/HandoffPS.psd1"
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string[]] $XmlDocPath,
    [string] $OutputPath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$ns = @{
    msh     = 'http://msh'
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
}

# ---------------------------------------------------------------------------------------------
# XML documentation: member id -> element
# ---------------------------------------------------------------------------------------------

function Get-DocId {
    param([Type] $Type)
    # Documentation ids use '.' for nested types; generic types keep their `n arity.
    $Type.FullName.Replace('+', '.')
}

function Read-XmlDoc {
    param([string[]] $Path)
    $members = @{}
    foreach ($file in $Path) {
        $xml = [xml]::new()
        $xml.PreserveWhitespace = $true
        $xml.Load($file)
        foreach ($member in $xml.SelectNodes('/doc/members/member')) {
            $members[$member.GetAttribute('name')] = $member
        }
    }
    $members
}

function Get-CrefText {
    param([string] $Cref)
    # T:Ns.Type, M:Ns.Type.Method(System.String), P:Ns.Type.Prop -> last name segment.
    $name = $Cref -replace '^[A-Z]:', '' -replace '\(.*$', '' -replace '`+\d+', ''
    $name.Substring($name.LastIndexOf('.') + 1)
}

function ConvertTo-InlineText {
    # Flattens inline markup of a node's children to text (white space not yet normalised).
    param([System.Xml.XmlNode] $Node)
    $sb = [System.Text.StringBuilder]::new()
    foreach ($child in $Node.ChildNodes) {
        switch ($child.NodeType) {
            { $_ -in 'Text', 'CDATA', 'Whitespace', 'SignificantWhitespace' } {
                $null = $sb.Append($child.Value)
                break
            }
            'Element' {
                switch ($child.LocalName) {
                    'see' {
                        $inner = (ConvertTo-InlineText $child).Trim()
                        if ($inner) { $null = $sb.Append($inner) }
                        elseif ($child.HasAttribute('langword')) { $null = $sb.Append($child.GetAttribute('langword')) }
                        elseif ($child.HasAttribute('cref')) { $null = $sb.Append((Get-CrefText $child.GetAttribute('cref'))) }
                        elseif ($child.HasAttribute('href')) { $null = $sb.Append($child.GetAttribute('href')) }
                        if ($inner -and $child.HasAttribute('href') -and $inner -ne $child.GetAttribute('href')) {
                            $null = $sb.Append(" ($($child.GetAttribute('href')))")
                        }
                        break
                    }
                    'seealso' { break }
                    { $_ -in 'paramref', 'typeparamref' } { $null = $sb.Append($child.GetAttribute('name')); break }
                    'br' { $null = $sb.Append(' '); break }
                    default { $null = $sb.Append((ConvertTo-InlineText $child)) }
                }
                break
            }
        }
    }
    $sb.ToString()
}

function Format-Inline {
    param([string] $Text)
    ($Text -replace '\s+', ' ').Trim()
}

function Format-CodeBlock {
    # Keeps line breaks, drops the indentation common to all lines and blank lines at both ends.
    param([string] $Text)
    $lines = [System.Collections.Generic.List[string]]($Text -replace "`r", '' -split "`n")
    while ($lines.Count -and [string]::IsNullOrWhiteSpace($lines[0])) { $lines.RemoveAt(0) }
    while ($lines.Count -and [string]::IsNullOrWhiteSpace($lines[$lines.Count - 1])) { $lines.RemoveAt($lines.Count - 1) }
    if (-not $lines.Count) { return '' }
    $indent = ($lines | Where-Object { $_.Trim() } | ForEach-Object { $_.Length - $_.TrimStart().Length } | Measure-Object -Minimum).Minimum
    ($lines | ForEach-Object { if ($_.Length -ge $indent) { $_.Substring($indent).TrimEnd() } else { $_.Trim() } }) -join "`n"
}

function ConvertTo-Paragraphs {
    # Splits a doc element into paragraphs: <para>, <code>, <list> items and loose text.
    param([System.Xml.XmlNode] $Node)
    $paragraphs = [System.Collections.Generic.List[string]]::new()
    if ($null -eq $Node) { return , $paragraphs }
    $buffer = [System.Text.StringBuilder]::new()

    $flush = {
        $text = Format-Inline $buffer.ToString()
        if ($text) { $paragraphs.Add($text) }
        $null = $buffer.Clear()
    }

    foreach ($child in $Node.ChildNodes) {
        if ($child.NodeType -ne 'Element') {
            if ($child.NodeType -in 'Text', 'CDATA', 'Whitespace', 'SignificantWhitespace') { $null = $buffer.Append($child.Value) }
            continue
        }
        switch ($child.LocalName) {
            'para' {
                & $flush
                foreach ($p in (ConvertTo-Paragraphs $child)) { $paragraphs.Add($p) }
                break
            }
            'code' {
                & $flush
                $code = Format-CodeBlock $child.InnerText
                if ($code) { $paragraphs.Add($code) }
                break
            }
            'list' {
                & $flush
                $type = $child.GetAttribute('type')
                $n = 0
                foreach ($item in $child.SelectNodes('item')) {
                    $n++
                    $term = $item.SelectSingleNode('term')
                    $desc = $item.SelectSingleNode('description')
                    $text = if ($term -and $desc) {
                        '{0}: {1}' -f (Format-Inline (ConvertTo-InlineText $term)), (Format-Inline (ConvertTo-InlineText $desc))
                    } elseif ($desc) { Format-Inline (ConvertTo-InlineText $desc) }
                    elseif ($term) { Format-Inline (ConvertTo-InlineText $term) }
                    else { Format-Inline (ConvertTo-InlineText $item) }
                    $bullet = if ($type -eq 'number') { "$n." } else { '-' }
                    $paragraphs.Add("$bullet $text")
                }
                break
            }
            'seealso' { break }
            default {
                $wrapper = $child.OwnerDocument.CreateElement('x')
                $null = $wrapper.AppendChild($child.CloneNode($true))
                $null = $buffer.Append((ConvertTo-InlineText $wrapper))
            }
        }
    }
    & $flush
    , $paragraphs
}

# ---------------------------------------------------------------------------------------------
# Types and parameter metadata
# ---------------------------------------------------------------------------------------------

function Get-FriendlyTypeName {
    # Short name as Get-Help shows it: String[], DateTime (for Nullable[DateTime]), Hashtable.
    param([Type] $Type)
    if ($Type.IsArray) { return (Get-FriendlyTypeName $Type.GetElementType()) + '[]' }
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { return Get-FriendlyTypeName $underlying }
    if ($Type.IsGenericType) {
        $name = $Type.Name -replace '`\d+$', ''
        $typeArgs = ($Type.GetGenericArguments() | ForEach-Object { Get-FriendlyTypeName $_ }) -join ', '
        return "$name[$typeArgs]"
    }
    $Type.Name
}

function Get-FullTypeName {
    param([Type] $Type)
    if ($Type.IsArray) { return (Get-FullTypeName $Type.GetElementType()) + '[]' }
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { return "System.Nullable``1[$(Get-FullTypeName $underlying)]" }
    if ($Type.IsGenericType) {
        $name = $Type.GetGenericTypeDefinition().FullName
        $typeArgs = ($Type.GetGenericArguments() | ForEach-Object { Get-FullTypeName $_ }) -join ', '
        return "$name[$typeArgs]"
    }
    if ($Type.FullName) { $Type.FullName } else { $Type.Name }
}

function Get-ValidValues {
    # ValidateSet values, or the names of an enum (element) type; $null when open-ended.
    param([System.Management.Automation.ParameterMetadata] $Parameter)
    $set = $Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
    if ($set) { return , @($set.ValidValues) }
    $type = $Parameter.ParameterType
    if ($type.IsArray) { $type = $type.GetElementType() }
    $underlying = [Nullable]::GetUnderlyingType($type)
    if ($underlying) { $type = $underlying }
    if ($type.IsEnum) { return , @([Enum]::GetNames($type)) }
    $null
}

function Format-PipelineInput {
    param([bool] $ByValue, [bool] $ByPropertyName)
    $kinds = @()
    if ($ByPropertyName) { $kinds += 'ByPropertyName' }
    if ($ByValue) { $kinds += 'ByValue' }
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Format-Position {
    param([int] $Position)
    if ($Position -lt 0) { 'named' } else { [string]$Position }
}

$excludedParameters = [System.Collections.Generic.HashSet[string]]::new([StringComparer]::OrdinalIgnoreCase)
foreach ($p in [System.Management.Automation.Cmdlet]::CommonParameters) { $null = $excludedParameters.Add($p) }
$null = $excludedParameters.Add('UseTransaction')

$standardDescriptions = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs. The cmdlet is not run.'
    Confirm = 'Prompts you for confirmation before running the cmdlet.'
}

# ---------------------------------------------------------------------------------------------
# MAML writer
# ---------------------------------------------------------------------------------------------

function Write-Paras {
    param([System.Xml.XmlWriter] $W, [string[]] $Paragraphs)
    if (-not $Paragraphs) { $Paragraphs = @('') }
    foreach ($p in $Paragraphs) { $W.WriteElementString('maml', 'para', $ns.maml, $p) }
}

function Write-Description {
    param([System.Xml.XmlWriter] $W, [string[]] $Paragraphs)
    $W.WriteStartElement('maml', 'description', $ns.maml)
    Write-Paras $W $Paragraphs
    $W.WriteEndElement()
}

function Write-ParameterElement {
    param(
        [System.Xml.XmlWriter] $W,
        [string] $Name,
        [Type] $Type,
        [string] $Required,
        [string] $Position,
        [string] $PipelineInput,
        [string] $Globbing,
        [string[]] $Aliases,
        [string[]] $Description,
        [object[]] $ValidValues,
        [string] $DefaultValue,
        [switch] $Syntax
    )
    $isSwitch = $Type -eq [System.Management.Automation.SwitchParameter]
    $W.WriteStartElement('command', 'parameter', $ns.command)
    $W.WriteAttributeString('required', $Required)
    $W.WriteAttributeString('variableLength', $(if ($Type.IsArray) { 'true' } else { 'false' }))
    $W.WriteAttributeString('globbing', $Globbing)
    $W.WriteAttributeString('pipelineInput', $PipelineInput)
    $W.WriteAttributeString('position', $Position)
    $W.WriteAttributeString('aliases', $(if ($Aliases) { $Aliases -join ', ' } else { 'none' }))
    $W.WriteElementString('maml', 'name', $ns.maml, $Name)
    Write-Description $W $Description

    # In a syntax item a switch has no value; elsewhere Get-Help prints "-Name <Type>".
    if ($ValidValues -and -not $isSwitch) {
        $W.WriteStartElement('command', 'parameterValueGroup', $ns.command)
        foreach ($v in $ValidValues) {
            $W.WriteStartElement('command', 'parameterValue', $ns.command)
            $W.WriteAttributeString('required', 'false')
            $W.WriteAttributeString('command', 'variableLength', $ns.command, 'false')
            $W.WriteString([string]$v)
            $W.WriteEndElement()
        }
        $W.WriteEndElement()
    }
    if (-not ($Syntax -and $isSwitch)) {
        $W.WriteStartElement('command', 'parameterValue', $ns.command)
        $W.WriteAttributeString('required', $(if ($isSwitch) { 'false' } else { 'true' }))
        $W.WriteAttributeString('variableLength', $(if ($Type.IsArray) { 'true' } else { 'false' }))
        $W.WriteString((Get-FriendlyTypeName $Type))
        $W.WriteEndElement()
    }
    $W.WriteStartElement('dev', 'type', $ns.dev)
    $W.WriteElementString('maml', 'name', $ns.maml, (Get-FullTypeName $Type))
    $W.WriteElementString('maml', 'uri', $ns.maml, '')
    $W.WriteEndElement()
    $W.WriteElementString('dev', 'defaultValue', $ns.dev, $DefaultValue)
    $W.WriteEndElement()
}

function Get-DefaultValue {
    # The default value Get-Help shows for a parameter without <value>: the property's initial value on a fresh
    # instance of the cmdlet, else the 'Default: ...' sentence of its description, else 'None'.
    param($Instance, $Member, [string[]] $Description)
    $value = $null
    if ($Instance -and $Member -is [System.Reflection.PropertyInfo]) {
        try { $value = $Member.GetValue($Instance) } catch { $value = $null }
    }
    if ($null -ne $value -and "$value" -ne '' -and -not ($value -is [array] -and $value.Count -eq 0)) {
        if ($value -is [string]) { return "'$value'" }
        if ($value -is [array]) { return ($value -join ', ') }
        return [string]$value
    }
    foreach ($paragraph in $Description) {
        if ($paragraph -match '(?:^|\s)Default: (?<default>[^.]+(?:\.\d[^.]*)*)\.') { return $Matches.default }
    }
    'None'
}

function Get-OrderedParameters {
    # Positional parameters by position, then the others in declaration order; WhatIf/Confirm last.
    param([object[]] $Parameters, [scriptblock] $PositionOf)
    $i = 0
    $indexed = foreach ($p in $Parameters) { [pscustomobject]@{ P = $p; I = $i++ } }
    $indexed | Sort-Object -Property @(
        @{ Expression = { if ($_.P.Name -in 'WhatIf', 'Confirm') { 1 } else { 0 } } },
        @{ Expression = { $pos = & $PositionOf $_.P; if ($pos -lt 0) { [int]::MaxValue } else { $pos } } },
        @{ Expression = { $_.I } }
    ) | ForEach-Object { $_.P }
}

function Write-CommandHelp {
    param(
        [System.Xml.XmlWriter] $W,
        [System.Management.Automation.CmdletInfo] $Cmd,
        [hashtable] $Docs,
        [hashtable] $CmdletByDocId
    )
    $type = $Cmd.ImplementingType
    $typeDoc = $Docs["T:$(Get-DocId $type)"]
    if (-not $typeDoc) { Write-Warning "$($Cmd.Name): no XML documentation for $($type.FullName)." }

    if ($typeDoc) {
        $synopsis = Format-Inline ((ConvertTo-Paragraphs $typeDoc.SelectSingleNode('summary')) -join ' ')
        $description = ConvertTo-Paragraphs $typeDoc.SelectSingleNode('remarks')
        $examples = @($typeDoc.SelectNodes('example'))
        $seeAlso = @($typeDoc.SelectNodes('seealso'))
    } else {
        $synopsis = ''; $description = @(); $examples = @(); $seeAlso = @()
    }
    if (-not $synopsis) { Write-Warning "$($Cmd.Name): no <summary> (synopsis)." }
    if (-not $examples) { Write-Warning "$($Cmd.Name): no <example>." }

    # Parameter docs, looked up on the type that declares the property (or field).
    $paramDocs = @{}
    # A fresh instance of the cmdlet class tells the properties' initial values (the defaults).
    $instance = try { [Activator]::CreateInstance($type) } catch { $null }
    $parameters = @($Cmd.Parameters.Values | Where-Object { -not $excludedParameters.Contains($_.Name) })
    foreach ($p in $parameters) {
        $member = $type.GetMember($p.Name, [System.Reflection.BindingFlags]'Public, Instance, FlattenHierarchy') | Select-Object -First 1
        $doc = $null
        if ($member) {
            $prefix = if ($member.MemberType -eq 'Field') { 'F' } else { 'P' }
            $doc = $Docs["${prefix}:$(Get-DocId $member.DeclaringType).$($member.Name)"]
        }
        $desc = if ($doc) { ConvertTo-Paragraphs $doc.SelectSingleNode('summary') } else { @() }
        if (-not $desc -and $standardDescriptions.ContainsKey($p.Name)) { $desc = @($standardDescriptions[$p.Name]) }
        if (-not $desc) { Write-Warning "$($Cmd.Name): no <summary> for parameter -$($p.Name)." }
        $default = if ($doc -and $doc.SelectSingleNode('value')) {
            Format-Inline (ConvertTo-InlineText $doc.SelectSingleNode('value'))
        } elseif ($p.SwitchParameter) { 'False' } else { Get-DefaultValue -Instance $instance -Member $member -Description $desc }
        $paramDocs[$p.Name] = @{ Description = @($desc); Default = $default }
    }

    $globbing = @{}
    foreach ($p in $parameters) {
        $globbing[$p.Name] = if ($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }) { 'true' } else { 'false' }
    }

    $W.WriteStartElement('command', 'command', $ns.command)
    $W.WriteAttributeString('xmlns', 'maml', $null, $ns.maml)
    $W.WriteAttributeString('xmlns', 'command', $null, $ns.command)
    $W.WriteAttributeString('xmlns', 'dev', $null, $ns.dev)
    $W.WriteAttributeString('xmlns', 'MSHelp', $null, $ns.MSHelp)

    # details
    $W.WriteStartElement('command', 'details', $ns.command)
    $W.WriteElementString('command', 'name', $ns.command, $Cmd.Name)
    $W.WriteElementString('command', 'verb', $ns.command, $Cmd.Verb)
    $W.WriteElementString('command', 'noun', $ns.command, $Cmd.Noun)
    Write-Description $W @($synopsis)
    $W.WriteEndElement()

    Write-Description $W @($description)

    # syntax: one item per parameter set, the default set first
    $W.WriteStartElement('command', 'syntax', $ns.command)
    $sets = @($Cmd.ParameterSets | Sort-Object -Stable -Property @{ Expression = { -not $_.IsDefault } })
    foreach ($set in $sets) {
        $W.WriteStartElement('command', 'syntaxItem', $ns.command)
        $W.WriteElementString('maml', 'name', $ns.maml, $Cmd.Name)
        $setParams = @($set.Parameters | Where-Object { -not $excludedParameters.Contains($_.Name) })
        foreach ($sp in (Get-OrderedParameters $setParams { param($x) $x.Position })) {
            $meta = $Cmd.Parameters[$sp.Name]
            Write-ParameterElement -W $W -Syntax -Name $sp.Name -Type $sp.ParameterType `
                -Required $(if ($sp.IsMandatory) { 'true' } else { 'false' }) `
                -Position (Format-Position $sp.Position) `
                -PipelineInput (Format-PipelineInput $sp.ValueFromPipeline $sp.ValueFromPipelineByPropertyName) `
                -Globbing $globbing[$sp.Name] -Aliases @($sp.Aliases) `
                -Description $paramDocs[$sp.Name].Description `
                -ValidValues (Get-ValidValues $meta) -DefaultValue $paramDocs[$sp.Name].Default
        }
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    # parameters: merged over the parameter sets
    $defaultSet = $sets | Select-Object -First 1
    $positionOf = {
        param($meta)
        $setMeta = $meta.ParameterSets
        $first = if ($defaultSet -and $setMeta.ContainsKey($defaultSet.Name)) { $setMeta[$defaultSet.Name] }
                 elseif ($setMeta.ContainsKey('__AllParameterSets')) { $setMeta['__AllParameterSets'] }
                 else { @($setMeta.Values)[0] }
        if ($first.Position -eq [int]::MinValue) { -1 } else { $first.Position }
    }.GetNewClosure()
    $W.WriteStartElement('command', 'parameters', $ns.command)
    foreach ($meta in (Get-OrderedParameters $parameters $positionOf)) {
        $setMetas = @($meta.ParameterSets.Values)
        $mandatorySets = @($setMetas | Where-Object IsMandatory)
        # Get-Help reads 'required' as a boolean: a parameter mandatory in some parameter sets only
        # is 'false' here, with a sentence naming those sets (the syntax shows it too).
        $paramDescription = @($paramDocs[$meta.Name].Description)
        $required = if ($mandatorySets.Count -eq 0) { 'false' }
                    elseif ($mandatorySets.Count -eq $setMetas.Count) { 'true' }
                    else {
                        $names = @($meta.ParameterSets.GetEnumerator() | Where-Object { $_.Value.IsMandatory } | ForEach-Object Key | Sort-Object)
                        $paramDescription += "Required in the $($names -join ', ') parameter set$(if ($names.Count -gt 1) { 's' })."
                        'false'
                    }
        $pos = & $positionOf $meta
        $pipeline = Format-PipelineInput ([bool]($setMetas | Where-Object ValueFromPipeline)) ([bool]($setMetas | Where-Object ValueFromPipelineByPropertyName))
        Write-ParameterElement -W $W -Name $meta.Name -Type $meta.ParameterType -Required $required `
            -Position (Format-Position $pos) -PipelineInput $pipeline -Globbing $globbing[$meta.Name] `
            -Aliases @($meta.Aliases) -Description $paramDescription `
            -ValidValues (Get-ValidValues $meta) -DefaultValue $paramDocs[$meta.Name].Default
    }
    $W.WriteEndElement()

    # inputs: the types that bind from the pipeline
    $W.WriteStartElement('command', 'inputTypes', $ns.command)
    $inputs = [ordered]@{}
    foreach ($meta in $parameters) {
        foreach ($sm in $meta.ParameterSets.Values) {
            if (-not ($sm.ValueFromPipeline -or $sm.ValueFromPipelineByPropertyName)) { continue }
            $key = Get-FullTypeName $meta.ParameterType
            if (-not $inputs.Contains($key)) { $inputs[$key] = [System.Collections.Generic.List[string]]::new() }
            $how = @()
            if ($sm.ValueFromPipeline) { $how += 'by value' }
            if ($sm.ValueFromPipelineByPropertyName) { $how += 'by property name' }
            $text = "-$($meta.Name) ($($how -join ', '))"
            if (-not $inputs[$key].Contains($text)) { $inputs[$key].Add($text) }
        }
    }
    if (-not $inputs.Count) {
        $inputs['None'] = $null
    }
    foreach ($entry in $inputs.GetEnumerator()) {
        $W.WriteStartElement('command', 'inputType', $ns.command)
        $W.WriteStartElement('dev', 'type', $ns.dev)
        $W.WriteElementString('maml', 'name', $ns.maml, $entry.Key)
        $W.WriteEndElement()
        $text = if ($entry.Value) { "Binds to $($entry.Value -join '; ')." } else { "You can't pipe objects to this cmdlet." }
        Write-Description $W @($text)
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    # outputs: [OutputType]
    $W.WriteStartElement('command', 'returnValues', $ns.command)
    $outputs = @($Cmd.OutputType | ForEach-Object { if ($_.Type) { Get-FullTypeName $_.Type } else { $_.Name } } | Select-Object -Unique)
    if (-not $outputs) { $outputs = @('None') }
    foreach ($o in $outputs) {
        $W.WriteStartElement('command', 'returnValue', $ns.command)
        $W.WriteStartElement('dev', 'type', $ns.dev)
        $W.WriteElementString('maml', 'name', $ns.maml, $o)
        $W.WriteEndElement()
        Write-Description $W @('')
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    # examples
    $W.WriteStartElement('command', 'examples', $ns.command)
    $n = 0
    foreach ($example in $examples) {
        $n++
        $code = (@($example.SelectNodes('code')) | ForEach-Object { Format-CodeBlock $_.InnerText }) -join "`n"
        $remarks = [System.Collections.Generic.List[string]]::new()
        foreach ($child in $example.ChildNodes) {
            if ($child.NodeType -eq 'Element' -and $child.LocalName -eq 'code') { continue }
            if ($child.NodeType -eq 'Element' -and $child.LocalName -eq 'para') {
                foreach ($p in (ConvertTo-Paragraphs $child)) { $remarks.Add($p) }
            } elseif ($child.NodeType -in 'Text', 'CDATA') {
                $t = Format-Inline $child.Value
                if ($t) { $remarks.Add($t) }
            } elseif ($child.NodeType -eq 'Element') {
                $t = Format-Inline (ConvertTo-InlineText $child)
                if ($t) { $remarks.Add($t) }
            }
        }
        if (-not $code) { Write-Warning "$($Cmd.Name): example $n has no <code>." }
        $W.WriteStartElement('command', 'example', $ns.command)
        $W.WriteElementString('maml', 'title', $ns.maml, "-------------------------- Example $n --------------------------")
        $W.WriteElementString('dev', 'code', $ns.dev, $code)
        # The trailing empty paragraph separates this example from the next one in Get-Help's output.
        $remarks.Add('')
        $W.WriteStartElement('dev', 'remarks', $ns.dev)
        Write-Paras $W @($remarks)
        $W.WriteEndElement()
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    # related links: the online version (the cmdlet's HelpUri, which Get-Help -Online opens), <seealso cref>
    # naming another cmdlet of the module, <seealso href>, and the module's conceptual topic
    $W.WriteStartElement('command', 'relatedLinks', $ns.command)
    $links = [System.Collections.Generic.List[object]]::new()
    if ($Cmd.HelpUri) { $links.Add(@('Online Version:', $Cmd.HelpUri)) }
    foreach ($s in $seeAlso) {
        $text = $null; $uri = ''
        if ($s.HasAttribute('cref')) {
            $id = $s.GetAttribute('cref') -replace '^T:', ''
            if ($CmdletByDocId.ContainsKey($id)) { $text = $CmdletByDocId[$id] }
        } elseif ($s.HasAttribute('href')) {
            $uri = $s.GetAttribute('href')
            $text = Format-Inline $s.InnerText
            if (-not $text) { $text = $uri }
        }
        if (-not $text) { continue }
        $links.Add(@($text, $uri))
    }
    $about = "about_$($Cmd.ModuleName)"
    if (Test-Path -LiteralPath (Join-Path $moduleBase 'en-US' "$about.help.txt")) { $links.Add(@($about, '')) }
    foreach ($link in $links) {
        $W.WriteStartElement('maml', 'navigationLink', $ns.maml)
        $W.WriteElementString('maml', 'linkText', $ns.maml, $link[0])
        $W.WriteElementString('maml', 'uri', $ns.maml, $link[1])
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteEndElement() # command:command
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

$ModulePath = (Resolve-Path -LiteralPath $ModulePath).ProviderPath
$module = Import-Module -Name $ModulePath -Force -PassThru -ErrorAction Stop | Select-Object -First 1
$moduleBase = $module.ModuleBase
$cmdlets = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)
if (-not $cmdlets) { throw "Module '$($module.Name)' exports no cmdlets." }

$cmdletByDocId = @{}
foreach ($c in $cmdlets) { $cmdletByDocId[(Get-DocId $c.ImplementingType)] = $c.Name }

$byAssembly = $cmdlets | Group-Object { $_.ImplementingType.Assembly.Location }
if ($OutputPath -and @($byAssembly).Count -gt 1 -and [IO.Path]::GetExtension($OutputPath) -eq '.xml') {
    throw 'The cmdlets come from more than one assembly: give -OutputPath as a folder.'
}

foreach ($group in $byAssembly) {
    $assemblyPath = $group.Name
    $assemblyFile = [IO.Path]::GetFileName($assemblyPath)

    $docFiles = if ($XmlDocPath) { @($XmlDocPath | ForEach-Object { (Resolve-Path -LiteralPath $_).ProviderPath }) }
                else { @([IO.Path]::ChangeExtension($assemblyPath, '.xml')) }
    foreach ($f in $docFiles) {
        if (-not (Test-Path -LiteralPath $f)) { throw "XML documentation file not found: $f (is GenerateDocumentationFile on?)" }
    }
    $docs = Read-XmlDoc $docFiles

    $target = if (-not $OutputPath) { Join-Path $moduleBase 'en-US' "$assemblyFile-Help.xml" }
              elseif ([IO.Path]::GetExtension($OutputPath) -eq '.xml') { $OutputPath }
              else { Join-Path $OutputPath "$assemblyFile-Help.xml" }
    $target = [IO.Path]::GetFullPath($target, (Get-Location).ProviderPath)
    $null = New-Item -ItemType Directory -Path (Split-Path -Parent $target) -Force

    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.IndentChars = '  '
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $settings.NewLineChars = "`n"
    $writer = [System.Xml.XmlWriter]::Create($target, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', $ns.msh)
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($cmd in $group.Group) {
            Write-CommandHelp -W $writer -Cmd $cmd -Docs $docs -CmdletByDocId $cmdletByDocId
        }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    } finally {
        $writer.Dispose()
    }

    # Check that the file is well-formed before reporting success.
    $null = [xml](Get-Content -LiteralPath $target -Raw)
    Write-Host "MAML help for $($group.Count) cmdlet(s) ($($group.Group.Name -join ', ')) written to $target"
}
