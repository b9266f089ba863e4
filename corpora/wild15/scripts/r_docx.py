"""python-docx renderers: Google Docs template exports (Serif / Coral / Spearmint-like, w002 w011 w021),
a Word template with a DrawingML text-box sidebar (w005), a Word template whose whole content is in VML
text boxes (w014), a layout table with nested job tables (w008) and a résumé with contact in the page
header and page numbers in the footer (w017)."""
import io
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Inches, Emu, Mm

from lib import drange

FIXED = datetime(2026, 11, 2, 9, 30, 0)
ZIPTIME = (2026, 11, 2, 9, 30, 0)


# ------------------------------------------------------------------ common
# schema order: elements that must follow the one being inserted
RPR_AFTER_SPACING = ('w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr',
                     'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout',
                     'w:specVanish', 'w:oMath')
PPR_AFTER_PBDR = ('w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap', 'w:overflowPunct',
                  'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd', 'w:snapToGrid',
                  'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
                  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId',
                  'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange')
TBLPR_AFTER_BORDERS = ('w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook', 'w:tblCaption', 'w:tblDescription',
                       'w:tblPrChange')
TCPR_AFTER_SHD = ('w:noWrap', 'w:tcMar', 'w:textDirection', 'w:tcFitText', 'w:vAlign', 'w:hideMark', 'w:headers',
                  'w:cellIns', 'w:cellDel', 'w:cellMerge', 'w:tcPrChange')

def new_doc(d, font='Calibri', size=10.5, a4=True, margins=(0.8, 0.8, 0.8, 0.8), author=None, tool=None):
    doc = Document()
    cp = doc.core_properties
    cp.author = author if author is not None else d['name']
    cp.last_modified_by = author if author is not None else d['name']
    cp.title = tool or ''
    cp.comments = ''
    cp.subject = ''
    cp.keywords = ''
    cp.category = ''
    cp.revision = 1
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = doc.sections[0]
    if a4:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Inches(m) for m in margins]
    return doc


def save_fixed(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename == 'docProps/thumbnail.jpeg':
                continue
            data = zin.read(item.filename)
            if item.filename == '_rels/.rels':
                data = re.sub(rb'<Relationship [^>]*thumbnail\.jpeg"/>', b'', data)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def run(p, text, bold=None, italic=None, size=None, color=None, font=None, small_caps=None, caps=None,
        spacing=None):
    r = p.add_run(text)
    f = r.font
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if size:
        f.size = Pt(size)
    if color:
        f.color.rgb = RGBColor.from_string(color)
    if font:
        f.name = font
        r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if small_caps:
        f.small_caps = True
    if caps:
        f.all_caps = True
    if spacing:
        sp = OxmlElement('w:spacing')
        sp.set(qn('w:val'), str(spacing))
        r._element.get_or_add_rPr().insert_element_before(sp, *RPR_AFTER_SPACING)
    return r


def para(container, style=None, before=0, after=0, align=None, line=None):
    p = container.add_paragraph(style=style)
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    if align == 'right':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'center':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = parse_xml(f'<w:tblBorders {nsdecls("w")}>' + ''.join(
        f'<w:{s} w:val="nil"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    tblPr.insert_element_before(b, *TBLPR_AFTER_BORDERS)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.insert_element_before(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'),
                               *TCPR_AFTER_SHD)


def set_widths(table, widths):
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w


def bottom_rule(p, color, sz=8):
    pPr = p._p.get_or_add_pPr()
    pPr.insert_element_before(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
                                        f'w:space="1" w:color="{color}"/></w:pBdr>'), *PPR_AFTER_PBDR)


def clear_first_paragraph(doc):
    body = doc.element.body
    for p in list(body.iterchildren(qn('w:p'))):
        body.remove(p)


# ------------------------------------------------------------------ Google Docs exports
THEMES = {
    'serif': dict(head_font='Playfair Display', body_font='Lato', accent='A61C00', text='000000', grey='666666',
                  size=10, name_size=26, date_mode='smallcaps', title_italic=True, org_bold=True, title_bold=False,
                  header='table', heads=('Skills', 'Experience', 'Other Experience', 'Education', 'Awards')),
    'coral': dict(head_font='Merriweather', body_font='Open Sans', accent='E06666', text='434343', grey='999999',
                  size=10, name_size=24, date_mode='italic', title_italic=False, org_bold=True, title_bold=False,
                  header='lines', heads=('Skills', 'Experience', 'Education', 'Awards')),
    'spearmint': dict(head_font='Lato', body_font='Lato', accent='1DA58B', text='000000', grey='666666',
                      size=10.5, name_size=22, date_mode='smallcaps', title_italic=False, org_bold=True,
                      title_bold=True, header='rule', heads=('Skills', 'Experience', 'Education')),
}


def docx_gdocs(d, path):
    t = THEMES[d['theme']]
    doc = new_doc(d, font=t['body_font'], size=t['size'], a4=False, margins=(0.6, 0.8, 0.6, 0.8),
                  author='', tool='')
    ds = d['ds']
    clear_first_paragraph(doc)
    ct = d['contact']
    contact_lines = [ct['addr'], ct['city'], ct['phone'], ct['email']]
    if t['header'] == 'table':
        tb = doc.add_table(rows=1, cols=2)
        no_borders(tb)
        set_widths(tb, [Inches(4.4), Inches(2.5)])
        c0, c1 = tb.rows[0].cells
        p = c0.paragraphs[0]
        run(p, d['name'], bold=True, size=t['name_size'], font=t['head_font'])
        p = para(c0, after=4)
        run(p, d['headline'], size=11, color=t['accent'], font=t['body_font'])
        first = True
        for line in contact_lines:
            p = c1.paragraphs[0] if first else para(c1)
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p, line, size=9, color=t['grey'])
    elif t['header'] == 'lines':
        p = para(doc, after=2)
        run(p, d['name'], bold=True, size=t['name_size'], font=t['head_font'], color=t['text'])
        p = para(doc, after=2)
        run(p, d['headline'], size=11, color=t['accent'], caps=True, spacing=20)
        p = para(doc, after=10)
        run(p, '  ·  '.join(contact_lines), size=9, color=t['grey'])
    else:
        p = para(doc, after=0)
        bottom_rule(p, t['accent'], sz=24)
        p = para(doc, before=10, after=2)
        run(p, d['name'], bold=True, size=t['name_size'], font=t['head_font'])
        p = para(doc, after=0)
        run(p, f"{ct['addr']}, {ct['city']}", size=9.5, color=t['grey'])
        p = para(doc, after=8)
        run(p, f"{ct['phone']}  |  {ct['email']}", size=9.5, color=t['grey'])
    if d.get('summary'):
        p = para(doc, after=6, before=4)
        run(p, d['summary'], color=t['text'])

    def heading(text):
        p = doc.add_paragraph(style='Heading 1')
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.space_after = Pt(4)
        run(p, text.upper() if d['theme'] != 'serif' else text, bold=True, size=12,
            color=t['accent'], font=t['head_font'])

    sections = dict(d['sections'])
    for h in t['heads']:
        if h == 'Skills':
            heading(h)
            for s in d['skills']:
                p = para(doc, style='List Bullet', after=1)
                run(p, s, color=t['text'])
        elif h in sections:
            heading(h)
            for e in sections[h]:
                p = para(doc, before=8, after=0)
                run(p, e.org, bold=t['org_bold'], color=t['text'])
                run(p, f', {e.loc} — ' if e.loc else ' — ', bold=t['title_bold'], color=t['text'])
                run(p, e.title, bold=t['title_bold'], italic=t['title_italic'], color=t['text'])
                p = para(doc, after=3)
                dt = drange(e, ds[0], ds[1], ds[2])
                if t['date_mode'] == 'smallcaps':
                    run(p, dt, size=8.5, color=t['grey'], small_caps=True)
                else:
                    run(p, dt, size=8.5, color=t['grey'], italic=True)
                for b in e.bullets:
                    p = para(doc, style='List Bullet', after=1)
                    run(p, b, color=t['text'])
        elif h == 'Education':
            heading(h)
            for school, deg, yrs in d['education']:
                p = para(doc, before=6)
                run(p, school, bold=True, color=t['text'])
                run(p, f' — {deg}', color=t['text'])
                p = para(doc, after=3)
                if t['date_mode'] == 'smallcaps':
                    run(p, yrs, size=8.5, color=t['grey'], small_caps=True)
                else:
                    run(p, yrs, size=8.5, color=t['grey'], italic=True)
        elif h == 'Awards' and d.get('awards'):
            heading(h)
            for a in d['awards']:
                p = para(doc, after=2)
                run(p, a, color=t['text'])
    save_fixed(doc, path)


# ------------------------------------------------------------------ raw paragraph XML for text boxes
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def xr(text, bold=False, italic=False, size=None, color=None, caps=False, font=None, tab_before=False):
    rpr = ''
    if font:
        rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if bold:
        rpr += '<w:b/>'
    if italic:
        rpr += '<w:i/>'
    if caps:
        rpr += '<w:caps/>'
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    tab = '<w:tab/>' if tab_before else ''
    return f'<w:r><w:rPr>{rpr}</w:rPr>{tab}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def xp(runs, style=None, after=60, before=0, align=None, tab_right=None, shade_fill=None):
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if shade_fill:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade_fill}"/>'
    if tab_right:
        ppr += f'<w:tabs><w:tab w:val="right" w:pos="{tab_right}"/></w:tabs>'
    ppr += f'<w:spacing w:before="{before}" w:after="{after}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{"".join(runs)}</w:p>'


def drawing_textbox(inner, shape_id, name, x_emu, y_emu, cx, cy, fill):
    """A floating DrawingML text box (wps) anchored to the page, with a VML fallback, as Word writes it."""
    pt = lambda emu: f'{emu / 12700:.1f}pt'  # noqa: E731
    return (
        f'<w:r {W_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="228600" tIns="365760" rIns="182880" bIns="91440" '
        f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:{pt(x_emu)};margin-top:{pt(y_emu)};width:{pt(cx)};height:{pt(cy)};'
        f'z-index:{shape_id};mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
        f'fillcolor="#{fill.lower()}" stroked="f"><v:textbox inset="18pt,28.8pt,14.4pt,7.2pt">'
        f'<w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        f'</mc:AlternateContent></w:r>')


def vml_textbox(inner, shape_id, x_pt, y_pt, w_pt, h_pt, fill, first=False):
    """An older-style VML text box (w:pict / v:shape / v:textbox) as Word 2003-era templates keep them."""
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                 '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                 if first else '')
    fill_attr = f'fillcolor="#{fill}" stroked="f"' if fill else 'filled="f" stroked="f"'
    return (f'<w:r {W_NS}><w:pict>{shapetype}'
            f'<v:shape id="Text Box {shape_id}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
            f'style="position:absolute;margin-left:{x_pt}pt;margin-top:{y_pt}pt;width:{w_pt}pt;height:{h_pt}pt;'
            f'z-index:{shape_id};mso-position-horizontal-relative:page;mso-position-vertical-relative:page" '
            f'{fill_attr}><v:textbox inset="10pt,8pt,10pt,8pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
            f'<w10:wrap anchorx="page" anchory="page"/></v:shape></w:pict></w:r>')


# ------------------------------------------------------------------ w005: DrawingML sidebar text box
def docx_textbox(d, path):
    ROSE, DARK, GREY = '9C3D54', '262626', '6E6E6E'
    doc = new_doc(d, font='Calibri', size=10.5, a4=True, margins=(0.7, 3.1, 0.7, 0.7))
    ds = d['ds']
    clear_first_paragraph(doc)
    # sidebar content
    ct = d['contact']
    side = []
    side.append(xp([xr('CONTACT', bold=True, size=11, color=ROSE)], after=80))
    for k in ('loc', 'phone', 'email', 'gdc'):
        side.append(xp([xr(ct[k], size=9.5, color=DARK)], after=40))
    side.append(xp([xr('KEY SKILLS', bold=True, size=11, color=ROSE)], before=240, after=80))
    for s in d['skills']:
        side.append(xp([xr(s, size=9.5, color=DARK)], style='ListBullet', after=20))
    vol_head, vol = d['sections'][1]
    side.append(xp([xr(vol_head.upper(), bold=True, size=11, color=ROSE)], before=240, after=80))
    for e in vol:
        side.append(xp([xr(e.title, bold=True, size=10, color=DARK)], after=0))
        side.append(xp([xr(f'{e.org}, {e.loc}', size=9.5, color=DARK)], after=0))
        side.append(xp([xr(drange(e, ds[0], ds[1], ds[2]), italic=True, size=9, color=GREY)], after=40))
        for b in e.bullets:
            side.append(xp([xr(b, size=9.5, color=DARK)], after=40))
    side.append(xp([xr('EDUCATION', bold=True, size=11, color=ROSE)], before=240, after=80))
    for q, yr in d['education']:
        side.append(xp([xr(q, size=9.5, color=DARK)], after=0))
        side.append(xp([xr(yr, italic=True, size=9, color=GREY)], after=60))
    box = drawing_textbox(''.join(side), 1, 'Text Box 1', Emu(int(Inches(5.55))), 0, Emu(int(Inches(2.72))),
                          Emu(int(Mm(297))), 'F6E8EA')

    p = para(doc, after=0)
    p._p.append(parse_xml(box))
    run(p, d['name'], bold=True, size=26, color=ROSE)
    p = para(doc, after=10)
    run(p, d['headline'], size=12, color=GREY)
    hp = doc.add_paragraph(style='Heading 1')
    run(hp, 'Profile', color=ROSE)
    p = para(doc, after=6)
    run(p, d['summary'])
    head, ents = d['sections'][0]
    hp = doc.add_paragraph(style='Heading 1')
    run(hp, head, color=ROSE)
    text_w = Inches(8.27 - 0.7 - 3.1)
    for e in ents:
        p = para(doc, before=8, after=0)
        p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
        run(p, e.title, bold=True, size=11)
        run(p, '\t' + drange(e, ds[0], ds[1], ds[2]), size=9.5, color=GREY)
        p = para(doc, after=2)
        run(p, f'{e.org}, {e.loc}', italic=True, color=DARK)
        for b in e.bullets:
            p = para(doc, style='List Bullet', after=1)
            run(p, b)
    save_fixed(doc, path)


# ------------------------------------------------------------------ w014: VML text boxes hold everything
def docx_vml(d, path):
    NAVY, DARK, GREY, BLUE = '1F3864', '222222', '595959', '2E75B6'
    doc = new_doc(d, font='Calibri', size=10, a4=True, margins=(0.5, 0.5, 0.5, 0.5))
    ds = d['ds']
    clear_first_paragraph(doc)
    ct = d['contact']
    header = [xp([xr(d['name'].upper(), bold=True, size=24, color='FFFFFF')], after=40),
              xp([xr(d['headline'], size=11.5, color='DDEBF7')], after=40),
              xp([xr(f"{ct['loc']}  |  {ct['phone']}  |  {ct['email']}", size=9.5, color='FFFFFF')], after=0)]
    side = [xp([xr('Technical Skills', bold=True, size=11.5, color=NAVY)], after=80)]
    for s in d['skills']:
        side.append(xp([xr(s, size=9.5, color=DARK)], style='ListBullet', after=30))
    side.append(xp([xr('Education', bold=True, size=11.5, color=NAVY)], before=200, after=80))
    for q, where, yr in d['education']:
        side.append(xp([xr(q, bold=True, size=9.5, color=DARK)], after=0))
        side.append(xp([xr(where, size=9.5, color=DARK)], after=0))
        side.append(xp([xr(yr, size=9, color=GREY)], after=80))
    side.append(xp([xr('Personal Details', bold=True, size=11.5, color=NAVY)], before=200, after=80))
    for s in d['personal']:
        side.append(xp([xr(s, size=9.5, color=DARK)], after=30))
    main = [xp([xr('Profile Summary', bold=True, size=12, color=NAVY)], after=80),
            xp([xr(d['summary'], size=10, color=DARK)], after=120)]
    for head, ents in d['sections']:
        main.append(xp([xr(head, bold=True, size=12, color=NAVY)], before=120, after=80))
        for e in ents:
            main.append(xp([xr(e.title, bold=True, size=10.5, color=BLUE)], before=100, after=0))
            org = ' | '.join(x for x in (e.org, e.loc) if x)
            main.append(xp([xr(org, bold=True, size=10, color=DARK)], after=0))
            main.append(xp([xr(drange(e, ds[0], ds[1], ds[2]), italic=True, size=9.5, color=GREY)], after=40))
            for b in e.bullets:
                main.append(xp([xr(b, size=10, color=DARK)], style='ListBullet', after=20))
    main.append(xp([xr('Declaration', bold=True, size=12, color=NAVY)], before=160, after=60))
    main.append(xp([xr('I hereby declare that the above information is true to the best of my knowledge.',
                       size=10, color=DARK)], after=0))
    shapes = (vml_textbox(''.join(header), 1, 0, 0, 595.3, 96, NAVY, first=True)
              + vml_textbox(''.join(side), 2, 0, 96, 180, 745.9, 'EAF1FB')
              + vml_textbox(''.join(main), 3, 188, 104, 392, 730, None))
    p = para(doc, after=0)
    for r in re.findall(r'<w:r .*?</w:pict></w:r>', shapes, flags=re.S):
        p._p.append(parse_xml(r))
    save_fixed(doc, path)


# ------------------------------------------------------------------ w008: layout table + nested job tables
def docx_table(d, path):
    SLATE, DARK, GREY = '2F4858', '1E1E1E', '5A5A5A'
    doc = new_doc(d, font='Arial', size=9.5, a4=False, margins=(0.5, 0.5, 0.5, 0.5))
    ds = d['ds']
    clear_first_paragraph(doc)
    tb = doc.add_table(rows=1, cols=2)
    no_borders(tb)
    set_widths(tb, [Inches(2.35), Inches(5.15)])
    left, right = tb.rows[0].cells
    shade(left, 'E8EEF2')
    p = left.paragraphs[0]
    run(p, d['name'], bold=True, size=20, color=SLATE)
    p = para(left, after=10)
    run(p, d['headline'], size=9.5, color=GREY)

    def lhead(s):
        p = para(left, before=10, after=3)
        bottom_rule(p, SLATE, sz=6)
        run(p, s, bold=True, size=10, color=SLATE, caps=True)

    lhead('Contact')
    for k in ('loc', 'phone', 'email'):
        p = para(left, after=2)
        run(p, d['contact'][k], size=9)
    lhead('Skills')
    for s in d['skills']:
        p = para(left, style='List Bullet', after=1)
        run(p, s, size=9)
    lhead('Languages')
    p = para(left, after=2)
    run(p, ', '.join(x for x, _ in d['langs']), size=9)
    lhead('Education')
    for q, school, yr in d['education']:
        p = para(left, after=0)
        run(p, q, bold=True, size=9)
        p = para(left, after=0)
        run(p, school, size=9)
        p = para(left, after=4)
        run(p, yr, size=9, color=GREY)

    def rhead(s):
        p = para(right, before=8, after=4)
        bottom_rule(p, SLATE, sz=6)
        run(p, s, bold=True, size=11, color=SLATE, caps=True)

    p = right.paragraphs[0]
    run(p, 'Profile', bold=True, size=11, color=SLATE, caps=True)
    bottom_rule(p, SLATE, sz=6)
    p = para(right, after=4)
    run(p, d['summary'], size=9.5)
    for head, ents in d['sections']:
        rhead(head)
        for e in ents:
            nt = right.add_table(rows=1, cols=2)
            no_borders(nt)
            set_widths(nt, [Inches(3.35), Inches(1.6)])
            a, b = nt.rows[0].cells
            p = a.paragraphs[0]
            run(p, e.title, bold=True, size=10.5, color=DARK)
            p = para(a, after=0)
            run(p, e.org, italic=True, size=9.5)
            run(p, f'  –  {e.loc}', size=9.5, color=GREY)
            p = b.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run(p, drange(e, ds[0], ds[1], ds[2]), size=9, color=GREY)
            for bl in e.bullets:
                p = para(right, style='List Bullet', after=1)
                run(p, bl, size=9.5)
            para(right, after=2)
    save_fixed(doc, path)


# ------------------------------------------------------------------ w017: header / footer résumé
def add_field(p, instr, size=8, color='808080'):
    fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:rPr><w:sz w:val="{size * 2}"/>'
                    f'<w:color w:val="{color}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
    p._p.append(fld)


def docx_hf(d, path):
    TEAL, DARK, GREY = '1F6F6F', '1A1A1A', '6B6B6B'
    doc = new_doc(d, font='Calibri', size=11, a4=True, margins=(1.1, 0.9, 0.9, 0.9))
    ds = d['ds']
    clear_first_paragraph(doc)
    sec = doc.sections[0]
    hdr = sec.header
    p = hdr.paragraphs[0]
    run(p, d['name'], bold=True, size=20, color=TEAL)
    p = hdr.add_paragraph()
    run(p, f"{d['headline']}  •  {d['contact']['loc']}  •  {d['contact']['phone']}  •  {d['contact']['email']}",
        size=9, color=GREY)
    bottom_rule(p, TEAL, sz=6)
    ftr = sec.footer
    p = ftr.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, f"{d['name']} – Résumé  |  References available on request  |  Page ", size=8, color='808080')
    add_field(p, 'PAGE')
    run(p, ' of ', size=8, color='808080')
    add_field(p, 'NUMPAGES')

    text_w = Inches(8.27 - 1.8)
    hp = doc.add_paragraph(style='Heading 1')
    run(hp, 'Career Summary', color=TEAL)
    p = para(doc, after=6)
    run(p, d['summary'])
    for head, ents in d['sections']:
        hp = doc.add_paragraph(style='Heading 1')
        run(hp, head, color=TEAL)
        for e in ents:
            p = para(doc, before=9, after=0)
            p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
            run(p, e.title, bold=True)
            run(p, '\t' + drange(e, ds[0], ds[1], ds[2]), color=GREY, size=10)
            if e.org:
                p = para(doc, after=2)
                run(p, f'{e.org}, {e.loc}', italic=True, color=DARK)
            for b in e.bullets:
                p = para(doc, style='List Bullet', after=0)
                run(p, b)
    hp = doc.add_paragraph(style='Heading 1')
    run(hp, 'Qualifications', color=TEAL)
    for q, where, yr in d['education']:
        p = para(doc, after=2)
        p.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
        run(p, q, bold=True)
        run(p, f' – {where}')
        run(p, '\t' + yr, color=GREY, size=10)
    hp = doc.add_paragraph(style='Heading 1')
    run(hp, 'Skills & Checks', color=TEAL)
    for s in d['skills']:
        p = para(doc, style='List Bullet', after=0)
        run(p, s)
    save_fixed(doc, path)
